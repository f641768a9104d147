// @ts-check
/**
 * The instance's front cache (docs/architecture.md, "Front cache"): finished answers of pages and
 * exports, kept in memory under a normalised address and sent again byte for byte without
 * reaching Next. Next's own cache path costs a route match, a cache-handler read and a response
 * rebuild per request (about 500 answers a second where nginx sends 6,500 of the same page); here
 * a hit is a map lookup and one write. Filtered lists and their CSV, which Next renders on every
 * request, are kept too, so each distinct filter renders once per content version.
 *
 * Kept: answers to GET with status 200, a shared-cache lifetime (`s-maxage`, or `public` with
 * `max-age`), no Set-Cookie, no Vary beyond what Next adds for its client navigation and
 * compression, and not stale. Never kept nor served: editors' draft mode, Next's client
 * navigation (RSC) requests, byte ranges, authorised requests, Next's internals and APIs, and
 * URLs a list would redirect (empty values, the default sort). HEAD and conditional GET are
 * answered from the GET's entry. Every expiry of a cache tag drops every entry
 * (lib/cache/expiry-signal.mjs): webhooks are rare, and an entry costs one render to make again.
 *
 * Plain JavaScript: server.mjs loads it without a build step.
 */
import { createHash } from 'node:crypto'
import {
  DEFAULT_SORT,
  FILTER_PARAMS,
  PAGE_QUERY_PARAMS,
  SHARED_CACHE_CONTROL,
} from './query-params.mjs'
import { SizeBoundedLru } from '../cache/lru.mjs'

/** @typedef {import('node:http').IncomingMessage} Request */
/** @typedef {import('node:http').ServerResponse} Response */
/** @typedef {Record<string, string | string[]>} Headers */
/**
 * @typedef {{ status: number, headers: Headers, body: Buffer, etag: string, storedAt: number,
 *   expiresAt: number }} Entry
 */

const DRAFT_MODE_COOKIE = /(?:^|;\s*)(?:__prerender_bypass|__next_preview_data)=/
/** Request headers of Next's client navigation: those answers are RSC payloads, not pages. */
const RSC_HEADERS = ['rsc', 'next-router-prefetch', 'next-router-state-tree', 'next-action']
/** Paths never kept: Next's internals (build files have their own answer), APIs, the Studio. */
const UNCACHED_PATHS = /^\/(?:_next|api|studio)(?:\/|$)/
/** The activity lists and their CSV exports, which Next renders per request when filtered. */
const LIST_PATHS = /^\/[a-z]{2}(?:\/projects\/[^/]+)?\/activities(?:\.csv)?$/
/** What Next adds to Vary; anything else (Cookie, *) means the answer depends on more. */
const KNOWN_VARY = new Set([
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-url',
  'accept-encoding',
])
/** Headers of one connection or one moment, never replayed. */
const HOP_HEADERS = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'date',
  'age',
  // Next's account of how it made that one answer.
  'x-nextjs-cache',
])
const PARAMS = new Set(PAGE_QUERY_PARAMS)
/** How long a request waits for the same address's render before rendering it itself. */
const WAIT_MS = 10_000
/** An answer larger than this share of the cache's bytes is not kept. */
const MAX_SHARE = 32

/** @param {string | string[] | undefined} value */
const single = (value) => (Array.isArray(value) ? value.join(', ') : (value ?? ''))

/** The content codings a compressor may choose (`*` stands for any other). */
const CODINGS = new Set(['br', 'gzip', 'x-gzip', 'deflate', 'identity', '*'])

/**
 * What an Accept-Encoding allows, as a key: each known coding once, accepted (`gzip`) or refused
 * (`-gzip`, q=0), in a fixed order. Whichever accepted coding Next then picks suits every client
 * with the same key; unknown tokens, spacing, case, order and preference weights are noise, and
 * kept would let one client fill the cache with copies of one page.
 * @param {string | string[] | undefined} header
 */
function encodingKey(header) {
  const codings = new Set()
  for (const part of single(header).toLowerCase().split(',')) {
    const [coding = '', ...params] = part.split(';').map((piece) => piece.trim())
    if (!CODINGS.has(coding)) continue
    const weight = params.find((param) => param.startsWith('q='))
    codings.add(weight !== undefined && Number(weight.slice(2)) === 0 ? `-${coding}` : coding)
  }
  return [...codings].sort().join(',')
}

/**
 * The entry's address for a request, or null when it must not be cached: the path, then the
 * declared parameters (lib/http/query-params.mjs) sorted by name (several values of one name keep
 * their order: a list may read the first), unknown ones dropped; then what the Accept-Encoding
 * allows, since Next compresses according to it.
 * @param {Pick<Request, 'method' | 'url' | 'headers'>} request
 */
export function frontCacheKey(request) {
  if (request.method !== 'GET' && request.method !== 'HEAD') return null
  const { headers } = request
  if (DRAFT_MODE_COOKIE.test(single(headers.cookie))) return null
  if (RSC_HEADERS.some((name) => headers[name] !== undefined)) return null
  if (headers.range !== undefined || headers.authorization !== undefined) return null
  const url = request.url ?? '/'
  const queryAt = url.indexOf('?')
  const pathname = queryAt < 0 ? url : url.slice(0, queryAt)
  if (!pathname.startsWith('/') || UNCACHED_PATHS.test(pathname)) return null
  const params = new URLSearchParams(queryAt < 0 ? '' : url.slice(queryAt + 1))
  /** @type {[string, string][]} */
  const kept = []
  for (const [name, value] of params) {
    if (name === '_rsc') return null
    // The list redirects these to its clean address (lib/reporting/clean-url.ts): let it.
    if (value.trim() === '' || (name === FILTER_PARAMS.sort && value === DEFAULT_SORT)) return null
    if (PARAMS.has(name)) kept.push([name, value])
  }
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const query = new URLSearchParams(kept).toString()
  return `${encodingKey(headers['accept-encoding'])}\n${pathname}${query ? `?${query}` : ''}`
}

/**
 * The shared-cache lifetime an answer allows (seconds), or 0 when it must not be kept.
 * @param {string} cacheControl
 */
export function sharedLifetime(cacheControl) {
  const directives = cacheControl.toLowerCase()
  if (/(?:^|,)\s*(?:private|no-store|no-cache)\b/.test(directives)) return 0
  const shared = /(?:^|,)\s*s-maxage=(\d+)/.exec(directives)
  if (shared) return Number(shared[1])
  const max = /(?:^|,)\s*max-age=(\d+)/.exec(directives)
  return max && /(?:^|,)\s*public\b/.test(directives) ? Number(max[1]) : 0
}

/**
 * Whether an answer may be kept and for how long (ms; 0: not kept).
 * @param {number} status @param {Headers} headers
 */
function keepFor(status, headers) {
  if (status !== 200 || headers['set-cookie'] !== undefined) return 0
  if (single(headers['x-nextjs-cache']).toUpperCase() === 'STALE') return 0
  const vary = single(headers.vary)
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean)
  if (vary.some((name) => !KNOWN_VARY.has(name))) return 0
  return sharedLifetime(single(headers['cache-control'])) * 1000
}

/** @param {Buffer} body */
const etagOf = (body) => `W/"fc-${createHash('sha1').update(body).digest('base64url')}"`

/**
 * Whether If-None-Match names the entry (weak comparison, RFC 9110 §13.1.2).
 * @param {string} ifNoneMatch @param {string} etag
 */
function matches(ifNoneMatch, etag) {
  const bare = etag.replace(/^W\//, '')
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim())
    .some((tag) => tag === '*' || tag.replace(/^W\//, '') === bare)
}

/**
 * Headers of the response so far, with those passed to writeHead (an object; raw arrays are not
 * kept: null).
 * @param {Response} response @param {unknown[]} args writeHead's arguments after the status
 * @returns {Headers | null}
 */
function headersOf(response, args) {
  /** @type {Headers} */
  const headers = {}
  for (const [name, value] of Object.entries(response.getHeaders())) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value : String(value)
  }
  const passed = args.find((arg) => typeof arg === 'object' && arg !== null)
  if (Array.isArray(passed)) return null
  if (passed) {
    for (const [name, value] of Object.entries(passed)) {
      if (value !== undefined)
        headers[name.toLowerCase()] = Array.isArray(value) ? value : String(value)
    }
  }
  return headers
}

/**
 * Sends an entry: its bytes (none for HEAD), or a 304 with its validators when If-None-Match
 * names it. Returns whether it was a 304.
 * @param {Request} request @param {Response} response @param {Entry} entry @param {number} ageMs
 */
function sendEntry(request, response, entry, ageMs) {
  const age = String(Math.max(0, Math.floor(ageMs / 1000)))
  if (matches(single(request.headers['if-none-match']), entry.etag)) {
    /** @type {Headers} */
    const validators = { age }
    for (const name of ['etag', 'cache-control', 'vary']) {
      const value = entry.headers[name]
      if (value !== undefined) validators[name] = value
    }
    response.writeHead(304, validators)
    response.end()
    return true
  }
  response.writeHead(entry.status, {
    ...entry.headers,
    age,
    'content-length': String(entry.body.length),
    'x-front-cache': 'hit',
  })
  response.end(request.method === 'HEAD' ? undefined : entry.body)
  return false
}

/**
 * Watches Next write its answer, and hands it to `done` once sent in full if it may be kept (GET
 * only). A filtered list or CSV that Next marks per-request (`private`) gets the shared lifetime
 * of every other page first.
 * @param {Request} request @param {Response} response @param {boolean} isList
 * @param {(status: number, headers: Headers, body: Buffer) => void} done
 */
function captureAnswer(request, response, isList, done) {
  /** @type {Headers | null} */
  let headers = null
  /** @type {Buffer[]} */
  const chunks = []
  let capturing = request.method === 'GET'
  const writeHead = response.writeHead.bind(response)
  response.writeHead = /** @type {typeof response.writeHead} */ (
    (/** @type {number} */ status, /** @type {any[]} */ ...args) => {
      if (isList && status === 200 && !response.hasHeader('set-cookie')) {
        response.setHeader('cache-control', SHARED_CACHE_CONTROL)
        for (const arg of args) if (arg && typeof arg === 'object') delete arg['cache-control']
      }
      response.setHeader('x-front-cache', 'miss')
      headers = headersOf(response, args)
      if (!headers || keepFor(status, headers) === 0) capturing = false
      return writeHead(status, ...args)
    }
  )
  /** @param {unknown} chunk @param {unknown} encoding */
  const keep = (chunk, encoding) => {
    if (!capturing || chunk === undefined || chunk === null || typeof chunk === 'function') return
    if (typeof chunk === 'string') {
      const charset = typeof encoding === 'string' ? encoding : 'utf8'
      chunks.push(Buffer.from(chunk, /** @type {BufferEncoding} */ (charset)))
    } else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk))
    else capturing = false
  }
  const write = response.write.bind(response)
  const end = response.end.bind(response)
  response.write = /** @type {typeof response.write} */ (
    (/** @type {any} */ chunk, /** @type {any[]} */ ...rest) => {
      keep(chunk, rest[0])
      return write(chunk, ...rest)
    }
  )
  response.end = /** @type {typeof response.end} */ (
    (/** @type {any} */ chunk, /** @type {any[]} */ ...rest) => {
      keep(chunk, rest[0])
      return end(chunk, ...rest)
    }
  )
  response.on('finish', () => {
    if (capturing && headers) done(response.statusCode, headers, Buffer.concat(chunks))
  })
}

/**
 * The entry for an answer and its size, or null when it may not be kept: no shared lifetime, or
 * larger than a MAX_SHARE of the cache (a photo must not push out dozens of pages).
 * @param {number} status @param {Headers} headers @param {Buffer} body @param {number} storedAt
 * @param {number} maxBytes
 * @returns {{ entry: Entry, size: number } | null}
 */
function makeEntry(status, headers, body, storedAt, maxBytes) {
  const lifetime = keepFor(status, headers)
  if (lifetime === 0 || body.length > maxBytes / MAX_SHARE) return null
  /** @type {Headers} */
  const kept = {}
  for (const [name, value] of Object.entries(headers)) {
    if (!HOP_HEADERS.has(name) && name !== 'content-length') kept[name] = value
  }
  const etag = single(headers.etag) || etagOf(body)
  kept.etag = etag
  const entry = { status, headers: kept, body, etag, storedAt, expiresAt: storedAt + lifetime }
  return { entry, size: body.length + JSON.stringify(kept).length }
}

/** @param {string} key whether it is a list's or its CSV's (frontCacheKey: encoding, newline, path) */
const isListKey = (key) => LIST_PATHS.test(key.slice(key.indexOf('\n') + 1).split('?', 1)[0] ?? '')

/**
 * Waits for another request's render to be answered, at most WAIT_MS.
 * @param {Promise<unknown>} inflight
 */
async function settledOrLate(inflight) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer
  await Promise.race([inflight, new Promise((resolve) => (timer = setTimeout(resolve, WAIT_MS)))])
  clearTimeout(timer)
}

/**
 * @param {{ maxBytes: number, now?: () => number, live?: () => boolean }} options `live`: whether
 * every expiry reaches this process now (lib/cache/expiry-signal.mjs); while not, nothing is
 * served or kept.
 */
export function createFrontCache({ maxBytes, now = Date.now, live = () => true }) {
  /** @type {SizeBoundedLru<Entry>} */
  const entries = new SizeBoundedLru(maxBytes)
  /** Bumped by every expiry: an answer begun before one is not kept (it may be the old content). */
  let generation = 0
  const counters = { hits: 0, misses: 0, coalesced: 0, stores: 0, notModified: 0 }
  /** @type {Map<string, Promise<unknown>>} addresses being rendered, settled once answered */
  const rendering = new Map()

  /** @param {string} key the entry, if it may be served now */
  function find(key) {
    const entry = live() ? entries.get(key) : undefined
    if (entry && entry.expiresAt > now()) return entry
    if (entry) entries.delete(key)
    return undefined
  }

  /**
   * Answers the request from its entry; false when there is none. When the same address is being
   * rendered for another request, waits for that answer first (at most WAIT_MS): a burst of
   * requests for a new address costs one render, not one each (nor their refusals).
   * @param {Request} request @param {Response} response @param {string} key
   * @returns {Promise<boolean>}
   */
  async function serve(request, response, key) {
    let entry = find(key)
    const inflight = entry ? undefined : rendering.get(key)
    if (inflight) {
      await settledOrLate(inflight)
      entry = find(key)
      if (entry) counters.coalesced += 1
    }
    if (!entry) {
      counters.misses += 1
      return false
    }
    counters.hits += 1
    if (sendEntry(request, response, entry, now() - entry.storedAt)) counters.notModified += 1
    return true
  }

  /**
   * Lets Next answer, and keeps the answer if it may be kept.
   * @param {Request} request @param {Response} response @param {string} key
   */
  function record(request, response, key) {
    const started = generation
    captureAnswer(request, response, isListKey(key), (status, headers, body) => {
      // Content expired while this rendered: it may hold the old one.
      if (started === generation && live()) store(key, status, headers, body)
    })
    if (request.method === 'GET' && !rendering.has(key)) {
      // 'close' follows 'finish', whose listener above has stored the answer by then.
      rendering.set(key, new Promise((resolve) => response.once('close', resolve)))
      response.once('close', () => rendering.delete(key))
    }
  }

  /** @param {string} key @param {number} status @param {Headers} headers @param {Buffer} body */
  function store(key, status, headers, body) {
    const made = makeEntry(status, headers, body, now(), maxBytes)
    if (!made) return
    entries.set(key, made.entry, made.size + key.length)
    counters.stores += 1
  }

  /** Drops every entry (a tag expired) and keeps answers begun before from being stored. */
  function clear() {
    generation += 1
    entries.clear()
  }

  const stats = () => ({
    ...counters,
    evictions: entries.evictions,
    bytes: entries.bytes,
    entries: entries.size,
  })
  return { serve, record, clear, stats }
}
