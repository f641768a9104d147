// @ts-check
/**
 * Admission control for work no cache answers (docs/operations.md, "Overload"). Node renders on one
 * thread: a stream of distinct uncached URLs (random search words, say) would otherwise take every
 * turn of the event loop and delay every visitor's cached page. Renders get a few slots and a short
 * queue; past the queue the answer is 503, and a client holding its share of slots and queue gets
 * 429 before it can crowd out the others. Cached pages, build files, webhooks and editors' preview
 * never wait here. Plain JavaScript: server.mjs loads it without a build step.
 */

/** @typedef {{ method?: string, url?: string, headers: Record<string, string | string[] | undefined>, socket?: { remoteAddress?: string | undefined } }} IncomingRequest */
/** @typedef {{ release: () => void }} Ticket */
/** @typedef {{ refused: 429 | 503 }} Refused */

const DRAFT_MODE_COOKIE = /(?:^|;\s*)(?:__prerender_bypass|__next_preview_data)=/
/** Routes that render per request whatever their query: exports, generated images, feeds. */
const RENDERED_PATHS = /^\/_next\/image$|\.csv$|^\/api\/iati\/|\/social-image\.png$|\/feed\.xml$/
/** Next's client-navigation marker: the same page, served from the same cache. */
const RSC_PARAM = /(?:^|&)_rsc=[^&]*/g

/** @param {string | string[] | undefined} value */
const single = (value) => (Array.isArray(value) ? value.join(', ') : value)

/**
 * Whether a request is likely to need a render: a page with a query (filters, search, paging) or a
 * route that renders every time. A page without a query is prerendered or cached after its first
 * visit; its first render costs once, not per request, so it does not wait here.
 * @param {IncomingRequest} request
 */
export function needsRender(request) {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false
  if (DRAFT_MODE_COOKIE.test(single(request.headers.cookie) ?? '')) return false
  const [pathname = '/', query = ''] = (request.url ?? '/').split('?', 2)
  if (pathname.startsWith('/_next/static/') || pathname.startsWith('/api/health')) return false
  if (RENDERED_PATHS.test(pathname)) return true
  return query.replace(RSC_PARAM, '') !== ''
}

/** @param {string | undefined} address */
const plainAddress = (address) => (address ?? '').replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '')

/**
 * Who is asking: the connection's address, or, when that is a trusted proxy, the last address in
 * X-Forwarded-For that is not one (earlier entries are whatever the client chose to send).
 * @param {IncomingRequest} request
 * @param {Set<string>} trustedProxies
 */
export function clientAddress(request, trustedProxies) {
  const peer = plainAddress(request.socket?.remoteAddress)
  if (!trustedProxies.has(peer)) return peer
  const forwarded = (single(request.headers['x-forwarded-for']) ?? '')
    .split(',')
    .map((address) => plainAddress(address.trim()))
    .filter(Boolean)
  while (forwarded.length > 0 && trustedProxies.has(forwarded.at(-1) ?? '')) forwarded.pop()
  return forwarded.at(-1) ?? peer
}

/**
 * A bounded share of rendering for each client: `concurrency` renders at once, `queue` waiting,
 * at most `perClient` running or waiting per client.
 * @param {{ concurrency: number, queue: number, perClient: number }} limits
 */
export function createAdmission({ concurrency, queue, perClient }) {
  let running = 0
  /** @type {Array<() => void>} */
  const waiting = []
  /** @type {Map<string, number>} */
  const byClient = new Map()
  const counters = { admitted: 0, queued: 0, refusedClient: 0, refusedBusy: 0 }

  /** @param {string} client */
  function leave(client) {
    const held = (byClient.get(client) ?? 1) - 1
    if (held > 0) byClient.set(client, held)
    else byClient.delete(client)
    const next = waiting.shift()
    // The slot passes to the next in line, or is freed.
    if (next) next()
    else running -= 1
  }

  /**
   * @param {string} client
   * @returns {Promise<Ticket | Refused>}
   */
  async function admit(client) {
    const held = byClient.get(client) ?? 0
    if (held >= perClient) {
      counters.refusedClient += 1
      return { refused: 429 }
    }
    if (running >= concurrency && waiting.length >= queue) {
      counters.refusedBusy += 1
      return { refused: 503 }
    }
    byClient.set(client, held + 1)
    if (running < concurrency) running += 1
    else {
      counters.queued += 1
      await new Promise((resolve) => waiting.push(() => resolve(undefined)))
    }
    counters.admitted += 1
    let left = false
    return {
      release: () => {
        if (left) return
        left = true
        leave(client)
      },
    }
  }

  const stats = () => ({ running, waiting: waiting.length, clients: byClient.size, ...counters })
  return { admit, stats }
}

/** How long a refused client should wait (seconds): its own share frees up fast, a full queue less so. */
export const RETRY_AFTER_SECONDS = { 429: 2, 503: 5 }

/** @param {string} text */
const escapeHtml = (text) =>
  text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c,
  )

/**
 * The refusal a visitor sees, in the language of the address asked for (else the first one):
 * a small page of its own, since the app that renders localised pages is what is too busy.
 * @param {429 | 503} status
 * @param {string} url the request target
 * @param {Record<string, { title: string, tooMany: string, busy: string }>} texts per locale, `Overload` of messages/<locale>.json
 */
export function overloadRefusal(status, url, texts) {
  const locales = Object.keys(texts)
  const asked = /^\/([a-z]{2})(?:[/?]|$)/.exec(url)?.[1]
  const locale = asked && texts[asked] ? asked : (locales[0] ?? 'en')
  const text = texts[locale] ?? { title: 'Busy', tooMany: 'Too many requests.', busy: 'Busy.' }
  const message = status === 429 ? text.tooMany : text.busy
  return {
    status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'retry-after': String(RETRY_AFTER_SECONDS[status]),
    },
    body: `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(text.title)}</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5"><h1>${escapeHtml(text.title)}</h1><p>${escapeHtml(message)}</p></body></html>`,
  }
}
