/** Link schemes that content may use; anything else (javascript:, data:, vbscript:, …) is dropped. */
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:'])

export function isSafeHref(href: string): boolean {
  const trimmed = href.trim()
  if (trimmed.startsWith('/') && !trimmed.startsWith('//')) return true
  if (trimmed.startsWith('#')) return true
  try {
    return SAFE_SCHEMES.has(new URL(trimmed).protocol)
  } catch {
    return false
  }
}
