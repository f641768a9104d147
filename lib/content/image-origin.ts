/**
 * The two places a photo's file may come from (no other address reaches a page): Sanity's image
 * CDN, online, and the portal's own `/media/` route, offline (the embedded dataset's files). Kept
 * free of imports: next.config.ts and the security headers read it too.
 */
/** Where an image is served from: Sanity's image CDN (online) or the portal's own origin (offline). */
export type ImageOrigin = 'cdn' | 'local'

/** Sanity's image CDN: the one image origin the Content Security Policy allows besides our own. */
export const SANITY_IMAGE_CDN = 'https://cdn.sanity.io'
const CDN_PATH = /^\/images\/[a-z0-9]+\/[a-z0-9_-]+\/[A-Za-z0-9-]+\.[a-z0-9]+$/
/** The embedded dataset's files, served by the portal itself (`/media/<asset id>.<ext>`). */
const LOCAL_PATH = /^\/media\/[A-Za-z0-9][A-Za-z0-9_-]*\.[a-z0-9]+$/

/** Which origin an asset URL belongs to, or null for any other address (not rendered). */
export function imageOrigin(url: string): ImageOrigin | null {
  if (LOCAL_PATH.test(url)) return 'local'
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  return parsed.origin === SANITY_IMAGE_CDN && CDN_PATH.test(parsed.pathname) && !parsed.search
    ? 'cdn'
    : null
}
