import { useLocale } from 'next-intl'
import type { AnchorHTMLAttributes } from 'react'
import type { Locale } from './routing'

/**
 * The URL of a portal page in a language. Every locale is a path prefix (`localePrefix: 'always'`)
 * and paths are the same in both languages, so this is all next-intl's navigation would do; doing
 * it here keeps next-intl's client code out of the browser.
 */
export function getPathname({ href, locale }: { href: string; locale: Locale }): string {
  return `/${locale}${href === '/' ? '' : href}`
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { href: string }

/**
 * A link to a portal page in the current language: a plain anchor with the locale prefix already
 * in the URL. Pages are static HTML, so a normal navigation is fast, works without JavaScript, and
 * needs no client router code or prefetching (which would cost visitors on metered connections).
 */
export function Link({ href, ...props }: LinkProps) {
  const locale = useLocale()
  return <a href={getPathname({ href, locale })} {...props} />
}
