/** Link schemes that content may use; anything else (javascript:, data:, vbscript:, …) is dropped. */
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:'])

/**
 * Whether a content link may be rendered as a link. Relative links must be real same-origin paths
 * (`/…` or `#…`): browsers read `//host`, `/\host` and any backslash as a way off-site, and
 * control characters (tabs, line breaks) inside a URL are dropped by browsers and can hide a scheme
 * or a host, so all of those are refused.
 */
export function isSafeHref(href: string): boolean {
  const trimmed = href.trim()
  if (/[\\\u0000-\u001f\u007f]/.test(trimmed)) return false
  if (trimmed.startsWith('#')) return true
  if (trimmed.startsWith('/')) return !trimmed.startsWith('//')
  try {
    return SAFE_SCHEMES.has(new URL(trimmed).protocol)
  } catch {
    return false
  }
}
