import { getPathname } from '@/lib/i18n/navigation'
import { routing, type Locale } from '@/lib/i18n/routing'
import { siteUrl } from '@/lib/env/public'

/** The public origin of the site, for canonical URLs, hreflang, the sitemap and JSON-LD. */
export const SITE_URL = siteUrl

export type Href = Parameters<typeof getPathname>[0]['href']

export function absoluteUrl(href: Href, locale: Locale): string {
  return `${SITE_URL}${getPathname({ href, locale })}`
}

/** Canonical URL and hreflang alternates (every locale plus x-default) for one page. */
export function alternatesFor(href: Href, locale: Locale) {
  return {
    canonical: absoluteUrl(href, locale),
    languages: {
      ...Object.fromEntries(routing.locales.map((l) => [l, absoluteUrl(href, l)])),
      'x-default': absoluteUrl(href, routing.defaultLocale),
    },
  }
}
