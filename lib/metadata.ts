import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { routing, type Locale } from './i18n/routing'
import { alternatesFor, type Href } from './site'

const OPEN_GRAPH_LOCALE: Record<Locale, string> = { ka: 'ka_GE', en: 'en_GB' }

/** Title, description, canonical/hreflang and Open Graph tags for one page, in one place. */
export async function pageMetadata({
  locale,
  path,
  title,
  description,
  absoluteTitle = false,
}: {
  locale: Locale
  path: Href
  title: string
  /** Falls back to the site's description when the content has none. */
  description: string | null | undefined
  absoluteTitle?: boolean
}): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'Metadata' })
  description ||= t('defaultDescription')
  const alternates = alternatesFor(path, locale)
  return {
    title: absoluteTitle ? { absolute: title } : title,
    description,
    alternates,
    openGraph: {
      type: 'website',
      siteName: t('siteName'),
      title,
      description,
      url: alternates.canonical,
      locale: OPEN_GRAPH_LOCALE[locale],
      alternateLocale: routing.locales.filter((l) => l !== locale).map((l) => OPEN_GRAPH_LOCALE[l]),
    },
  }
}
