import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/lib/i18n/routing'
import { paths } from '@/lib/paths'
import { absoluteUrl } from '@/lib/site'
import { ATOM_TYPE } from './feed'

/** The `alternates` of a page that links the feed (`<link rel="alternate" type=…>`). */
export async function feedAlternates(locale: Locale) {
  const t = await getTranslations({ locale, namespace: 'Updates' })
  return {
    types: { [ATOM_TYPE]: [{ url: absoluteUrl(paths.updatesFeed(), locale), title: t('feed') }] },
  }
}
