/**
 * The site's public address (`NEXT_PUBLIC_SITE_URL`): its default, and the warning printed when
 * it is unset or local. Pure, so the build (next.config.ts), the server (startup.ts) and the tests
 * pass their own values in.
 */

/** Where `next dev` and `npm start` answer by default: right for development only. */
export const LOCAL_SITE_URL = 'http://localhost:3000'

/** What the address is written into; the warning names them so an operator knows what is wrong. */
const AFFECTS =
  'canonical and hreflang links, Open Graph URLs and images, JSON-LD, the sitemap, robots.txt, the CSV’s web-page column and the IATI file’s links (its readiness report lists the address as blocking)'

/** The origin without a trailing slash (pages append paths that start with one). */
export function siteUrlFrom(configured: string | undefined): string {
  return (configured ?? LOCAL_SITE_URL).replace(/\/+$/, '')
}

/** localhost, *.localhost, 127.0.0.0/8, 0.0.0.0 and ::1: addresses only this machine reaches. */
export function isLocalAddress(url: string): boolean {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '')
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    /^127(?:\.\d{1,3}){3}$/.test(host) ||
    host === '0.0.0.0' ||
    host === '::1'
  )
}

/** The warning for an unset or local address, or null when the address is public. */
export function siteUrlWarning(configured: string | undefined): string | null {
  if (configured === undefined) {
    return `[config] NEXT_PUBLIC_SITE_URL is not set: ${AFFECTS} use ${LOCAL_SITE_URL}. Set it to the site’s public address (https://…) when building.`
  }
  if (isLocalAddress(configured)) {
    return `[config] NEXT_PUBLIC_SITE_URL is a local address (${siteUrlFrom(configured)}): ${AFFECTS} will point to it. Set it to the site’s public address (https://…) when building.`
  }
  return null
}

/**
 * What the server says at start about the address it was built with (`built`), given the
 * variable in its own environment (`atStart`): the build's address is local, or differs from the
 * one set now (which changes nothing: the address is fixed at build).
 */
export function siteUrlStartWarnings(built: string, atStart: string | undefined): string[] {
  const warnings: string[] = []
  if (isLocalAddress(built)) {
    warnings.push(
      `[config] this build’s NEXT_PUBLIC_SITE_URL is ${built}, a local address: ${AFFECTS} point to it. Build again with NEXT_PUBLIC_SITE_URL set to the site’s public address (https://…).`,
    )
  }
  if (atStart !== undefined && siteUrlFrom(atStart) !== built) {
    warnings.push(
      `[config] NEXT_PUBLIC_SITE_URL is ${siteUrlFrom(atStart)} here, but this build uses ${built}: the address is fixed when building. Build again to change it.`,
    )
  }
  return warnings
}
