import 'server-only'
import { hasLocale } from 'next-intl'
import { getTranslations } from 'next-intl/server'
import { read } from '@/lib/content'
import { notFoundResponse } from '@/lib/not-found-response'
import { routing } from '@/lib/i18n/routing'
import { siteIdentity } from './settings'
import { ATOM_TYPE, atomFeed } from './feed'

/** The feed route's exports: one feed per language, generated at build. */
export const updatesFeedRoute = {
  generateStaticParams: async () => routing.locales.map((locale) => ({ locale })),
  async GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
    const { locale } = await params
    if (!hasLocale(routing.locales, locale)) return notFoundResponse()
    const [updates, identity, t] = await Promise.all([
      read('updates', locale),
      siteIdentity(locale),
      getTranslations({ locale, namespace: 'Updates' }),
    ])
    const body = atomFeed({
      locale,
      title: t('feedTitle', { site: identity.name }),
      author: identity.organization,
      updates,
    })
    return new Response(body, { headers: { 'content-type': `${ATOM_TYPE}; charset=utf-8` } })
  },
}
