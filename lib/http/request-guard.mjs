// @ts-check
/**
 * Requests that Next.js itself answers with a 500, refused up front with the 4xx they deserve, and
 * read-only pages kept read-only. This runs in the portal's server (server.mjs) before Next sees a
 * request: a few string checks on the request line, no I/O except for conditional requests to
 * static files, so plain page GETs cost nothing (the proxy, run on every page, cost ~23 % of
 * throughput). Plain JavaScript: the server loads it without a build step.
 */
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { allowedMethods, HANDLER_METHODS, SERVER_METHODS } from './route-methods.mjs'

/** @typedef {{ method?: string, url?: string, headers: Record<string, string | string[] | undefined> }} GuardedRequest */
/** @typedef {{ status: number, headers: Record<string, string>, body: string }} Refusal */

/** Methods Next can represent: anything else (TRACE, CONNECT, …) it answers with a 500. */
const SERVED_BY_NEXT = new Set([...HANDLER_METHODS, 'OPTIONS'])
const READ = new Set(['GET', 'HEAD'])

/**
 * @param {number} status
 * @param {string} message
 * @param {Record<string, string>} [headers]
 * @returns {Refusal}
 */
function refuse(status, message, headers = {}) {
  return {
    status,
    headers: {
      'content-type': 'text/plain; charset=utf-8',
      'cache-control': 'no-store',
      ...headers,
    },
    body: `${message}\n`,
  }
}

/** @param {string} pathname */
function isValidEncoding(pathname) {
  try {
    decodeURIComponent(pathname)
    return true
  } catch {
    return false
  }
}

/** @param {string | string[] | undefined} value */
const single = (value) => (Array.isArray(value) ? value[0] : value)

/**
 * Checks a request line and its headers. Returns the refusal to send, or null to pass the request
 * on to Next.js.
 * @param {GuardedRequest} request
 * @returns {Refusal | null}
 */
export function checkRequestLine(request) {
  const method = request.method ?? 'GET'
  const target = request.url ?? '/'
  // `OPTIONS *` asks what the server as a whole supports (RFC 9110, 9.3.7).
  if (target === '*') {
    return method === 'OPTIONS'
      ? { status: 204, headers: { allow: SERVER_METHODS }, body: '' }
      : refuse(400, 'Bad request: "*" is only a target for OPTIONS')
  }
  if (!target.startsWith('/') || target.startsWith('//')) {
    return refuse(400, 'Bad request: the request target must be a path')
  }
  const pathname = target.split('?', 1)[0] ?? '/'
  if (!isValidEncoding(pathname))
    return refuse(400, 'Bad request: invalid percent-encoding in the path')
  // Route handlers under /api/ answer their own methods; everything else — pages, build files,
  // the image optimiser — is read-only (no server actions), and Next answers a write to a build
  // file with a 500.
  const isApi = pathname.startsWith('/api/')
  if (!SERVED_BY_NEXT.has(method) || (!isApi && !READ.has(method))) {
    const allow = allowedMethods(pathname)
    return refuse(405, `Method ${method} is not allowed here`, { allow })
  }
  return null
}

/**
 * Conditional and range requests for build files (`/_next/static/…`), which Next answers with a
 * 500 when the condition fails: 412 for a failed precondition, 416 for a range past the end.
 * Checked only when such a header is present, so ordinary requests do no I/O here.
 * @param {GuardedRequest} request
 * @param {string} staticDir absolute path of the build's `static` directory
 * @returns {Promise<Refusal | null>}
 */
export async function checkStaticPreconditions(request, staticDir) {
  const pathname = (request.url ?? '/').split('?', 1)[0] ?? '/'
  if (!pathname.startsWith('/_next/static/')) return null
  const ifMatch = single(request.headers['if-match'])
  const ifUnmodifiedSince = single(request.headers['if-unmodified-since'])
  const range = single(request.headers['range'])
  if (ifMatch === undefined && ifUnmodifiedSince === undefined && range === undefined) return null

  const file = path.join(staticDir, decodeURIComponent(pathname.slice('/_next/static/'.length)))
  if (!file.startsWith(staticDir + path.sep)) return null
  const info = await stat(file).catch(() => null)
  if (!info?.isFile()) return null // Next answers 404
  // Build files carry weak ETags, and If-Match compares strongly: only "*" can match.
  if (ifMatch !== undefined && ifMatch.trim() !== '*') {
    return refuse(412, 'Precondition failed')
  }
  if (ifUnmodifiedSince !== undefined) {
    const since = Date.parse(ifUnmodifiedSince)
    if (!Number.isNaN(since) && Math.floor(info.mtimeMs / 1000) * 1000 > since) {
      return refuse(412, 'Precondition failed')
    }
  }
  if (range !== undefined) {
    const verdict = judgeRange(range, info.size)
    if (verdict === 'unsatisfiable') {
      return refuse(416, 'Range not satisfiable', { 'content-range': `bytes */${info.size}` })
    }
    // RFC 9110, 14.2: a Range header that cannot be parsed is ignored, and the whole file sent.
    if (verdict === 'ignore') delete request.headers['range']
  }
  return null
}

/**
 * What to do with a build file's Range header (Next answers anything it cannot parse with a
 * 500): pass a well-formed range on, refuse one that starts past the end or asks for no bytes,
 * and ignore the rest (`bytes=abc`, `bytes=5-2`, other units).
 * @param {string} range
 * @param {number} size
 * @returns {'pass' | 'unsatisfiable' | 'ignore'}
 */
export function judgeRange(range, size) {
  const specs = /^bytes=(.+)$/.exec(range.trim())?.[1]?.split(',')
  if (!specs) return 'ignore'
  let satisfiable = false
  for (const spec of specs) {
    const [, first, last, suffix] = /^\s*(?:(\d+)-(\d*)|-(\d+))\s*$/.exec(spec) ?? []
    if (first === undefined && suffix === undefined) return 'ignore'
    if (first !== undefined && last && Number(last) < Number(first)) return 'ignore'
    if (first !== undefined ? Number(first) < size : Number(suffix) > 0) satisfiable = true
  }
  return satisfiable ? 'pass' : 'unsatisfiable'
}
