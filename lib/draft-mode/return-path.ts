import { isSafeHref } from '@/lib/content/safe-url'

/**
 * Where "Exit preview" sends an editor back to: the page they were on, as a same-origin relative
 * path (so it works behind any reverse proxy, whatever the server thinks its own address is). A
 * missing, malformed or foreign Referer, or a path a browser could read as another host, gives "/".
 */
export function returnPath(referer: string | null, host: string | null): string {
  if (!referer || !host) return '/'
  let url: URL
  try {
    url = new URL(referer)
  } catch {
    return '/'
  }
  if (url.host !== host) return '/'
  const path = `${url.pathname}${url.search}`
  return path.startsWith('/') && isSafeHref(path) ? path : '/'
}
