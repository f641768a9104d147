// @ts-check
/**
 * Build files in Brotli (docs/operations.md, "Compression"). Next compresses what it serves with
 * gzip, per request; its scripts, styles and SVGs never change after the build, so
 * scripts/precompress.mjs writes a `.br` beside each once (quality 11, too slow per request) and
 * server.mjs sends it to browsers that accept Brotli: ~15 % fewer bytes than gzip for the ~140 kB
 * of JavaScript every page loads. Anything else (no `.br`, a Range request, no `br` in
 * Accept-Encoding) goes to Next as before. Plain JavaScript: server.mjs loads it without a build.
 */
import { stat } from 'node:fs/promises'
import path from 'node:path'

/** What a build file is, by extension: only these are precompressed. */
export const PRECOMPRESSED_TYPES = /** @type {const} */ ({
  '.js': 'application/javascript; charset=UTF-8',
  '.css': 'text/css; charset=UTF-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=UTF-8',
})

/** @param {string} ext @returns {ext is keyof typeof PRECOMPRESSED_TYPES} */
const isPrecompressedType = (ext) => Object.hasOwn(PRECOMPRESSED_TYPES, ext)

/** @param {string | string[] | undefined} value */
const single = (value) => (Array.isArray(value) ? value.join(', ') : (value ?? ''))

/**
 * Whether Accept-Encoding allows Brotli (`br`, not `br;q=0`).
 * @param {string} header
 */
export function acceptsBrotli(header) {
  return header.split(',').some((part) => {
    const [coding = '', ...params] = part.trim().toLowerCase().split(';')
    if (coding.trim() !== 'br') return false
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    return q === undefined || Number(q.slice(2)) > 0
  })
}

/**
 * The Brotli copy of a build file for this request, as status, headers and the file to send
 * (none for 304 and HEAD), or null to let Next answer.
 * @param {{ method?: string, url?: string, headers: Record<string, string | string[] | undefined> }} request
 * @param {string} staticDir absolute path of the build's `static` directory
 * @returns {Promise<{ status: 200 | 304, headers: Record<string, string>, file: string | null } | null>}
 */
export async function precompressedStatic(request, staticDir) {
  if (request.method !== 'GET' && request.method !== 'HEAD') return null
  const pathname = (request.url ?? '/').split('?', 1)[0] ?? '/'
  if (!pathname.startsWith('/_next/static/') || request.headers.range !== undefined) return null
  if (!acceptsBrotli(single(request.headers['accept-encoding']))) return null
  const ext = path.extname(pathname)
  if (!isPrecompressedType(ext)) return null
  let relative
  try {
    relative = decodeURIComponent(pathname.slice('/_next/static/'.length))
  } catch {
    return null
  }
  const file = path.join(staticDir, `${relative}.br`)
  if (!file.startsWith(staticDir + path.sep)) return null
  const info = await stat(file).catch(() => null)
  if (!info?.isFile()) return null
  const etag = `W/"br-${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`
  const headers = {
    'content-type': PRECOMPRESSED_TYPES[ext],
    'content-encoding': 'br',
    vary: 'Accept-Encoding',
    'cache-control': 'public, max-age=31536000, immutable',
    'x-content-type-options': 'nosniff',
    etag,
  }
  const notModified = single(request.headers['if-none-match'])
    .split(',')
    .some((tag) => tag.trim() === etag || tag.trim() === '*')
  if (notModified) return { status: 304, headers, file: null }
  return {
    status: 200,
    headers: { ...headers, 'content-length': String(info.size) },
    file: request.method === 'HEAD' ? null : file,
  }
}
