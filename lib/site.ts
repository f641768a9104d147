import { getPathname } from '@/lib/i18n/navigation'
import { routing, type Locale } from '@/lib/i18n/routing'
import { siteUrl } from '@/lib/env/public'

/**
 * The public origin of the site (`NEXT_PUBLIC_SITE_URL`, fixed at build). Every absolute URL the
 * portal writes (canonical, hreflang, Open Graph, JSON-LD, the sitemap, robots.txt, the CSV, IATI)
 * is made by the two functions below, so none can hold another address.
 */
const SITE_URL = siteUrl

export type Href = Parameters<typeof getPathname>[0]['href']

/** The absolute URL of a path on this site as it is ("/sitemap.xml", "/en/…"). */
export function urlOnSite(pathname: string): string {
  return `${SITE_URL}${pathname}`
}

/** The absolute URL of a page in one language. */
export function absoluteUrl(href: Href, locale: Locale): string {
  return urlOnSite(getPathname({ href, locale }))
}

/**
 * Canonical URL and hreflang alternates (every locale the page exists in, plus x-default: the
 * default language's, else the first) for one page.
 */
export function alternatesFor(
  href: Href,
  locale: Locale,
  languages: readonly Locale[] = routing.locales,
) {
  const fallback = languages.includes(routing.defaultLocale) ? routing.defaultLocale : locale
  return {
    canonical: absoluteUrl(href, locale),
    languages: {
      ...Object.fromEntries(languages.map((l) => [l, absoluteUrl(href, l)])),
      'x-default': absoluteUrl(href, fallback),
    },
  }
}
