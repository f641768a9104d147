/**
 * @jest-environment node
 */
import { readFileSync } from 'node:fs'
import { createServer, request as httpRequest, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { globSync } from 'glob'
import { LocalCacheStore } from '@/lib/cache/local-store.mjs'
import { announceExpiry, onExpiry } from '@/lib/cache/expiry-signal.mjs'
import { createFrontCache, frontCacheKey, sharedLifetime } from '@/lib/http/front-cache.mjs'
import { REVALIDATE_SECONDS, SHARED_CACHE_CONTROL } from '@/lib/http/query-params'

const key = (url: string, headers: Record<string, string> = {}, method = 'GET') =>
  frontCacheKey({ method, url, headers })

describe('the front cache key', () => {
  it('keeps only declared parameters, sorted by name, with their values in order', () => {
    expect(key('/en/activities?status=done&utm_source=x&cluster=b&cluster=a')).toBe(
      '\n/en/activities?cluster=b&cluster=a&status=done',
    )
    expect(key('/en/activities?cluster=a&status=done')).toBe(
      key('/en/activities?status=done&cluster=a&v=123'),
    )
    expect(key('/en?utm_source=mail')).toBe(key('/en'))
    expect(key('/en/activities?q=border')).not.toBe(key('/en/activities?q=borders'))
  })

  it('differs by Accept-Encoding, since Next compresses according to it', () => {
    expect(key('/en', { 'accept-encoding': 'gzip' })).not.toBe(key('/en'))
    expect(key('/en', { 'accept-encoding': 'gzip, br' })).toBe(
      key('/en', { 'accept-encoding': 'GZIP,br' }),
    )
    // A coding refused (q=0) is another key: the copy kept for `gzip` must not reach it.
    expect(key('/en', { 'accept-encoding': 'gzip;q=0' })).not.toBe(
      key('/en', { 'accept-encoding': 'gzip' }),
    )
  })

  it('reads only what the Accept-Encoding allows: junk, order and weights make no new copy', () => {
    const plain = key('/en', { 'accept-encoding': 'gzip, deflate, br' })
    for (const noise of [
      'br;q=0.4, gzip;q=0.9, deflate',
      'deflate,br,gzip, x-junk-81723',
      'gzip ;q=0.5, zzz;q=1, br, deflate;q=0.001, gzip',
    ]) {
      expect(key('/en', { 'accept-encoding': noise })).toBe(plain)
    }
    expect(key('/en', { 'accept-encoding': `junk-${Math.random()}` })).toBe(key('/en'))
  })

  it('is the same for HEAD as for GET', () => {
    expect(key('/en', {}, 'HEAD')).toBe(key('/en'))
  })

  it.each([
    ['a POST', '/en', {}, 'POST'],
    ['draft mode', '/en', { cookie: 'a=1; __prerender_bypass=xyz' }, 'GET'],
    ['an RSC request', '/en', { rsc: '1' }, 'GET'],
    ['a prefetch', '/en', { 'next-router-prefetch': '1' }, 'GET'],
    ['an RSC address', '/en?_rsc=abc', {}, 'GET'],
    ['a byte range', '/en', { range: 'bytes=0-10' }, 'GET'],
    ['an authorised request', '/en', { authorization: 'Basic x' }, 'GET'],
    ['a build file', '/_next/static/chunks/a.js', {}, 'GET'],
    ['an optimised image', '/_next/image?url=%2Fmedia%2Fa.jpg&w=64&q=75', {}, 'GET'],
    ['an API', '/api/health', {}, 'GET'],
    ['the Studio', '/studio/structure', {}, 'GET'],
    ['an empty filter (the list redirects it)', '/en/activities?q=&cluster=a', {}, 'GET'],
    ['the default sort (the list redirects it)', '/en/activities?sort=order', {}, 'GET'],
  ])('is none for %s', (_, url, headers, method) => {
    expect(key(url, headers, method)).toBeNull()
  })
})

describe('the shared lifetime of an answer', () => {
  it.each([
    ['s-maxage=3600, stale-while-revalidate=31532400', 3600],
    [SHARED_CACHE_CONTROL, REVALIDATE_SECONDS],
    ['public, max-age=60', 60],
    ['max-age=60', 0],
    ['private, no-cache, no-store, max-age=0, must-revalidate', 0],
    ['no-store', 0],
    ['public, s-maxage=60, no-cache', 0],
    ['', 0],
  ])('%s → %i s', (cacheControl, seconds) => {
    expect(sharedLifetime(cacheControl)).toBe(seconds)
  })
})

type Answer = {
  status?: number
  headers?: Record<string, string>
  chunks?: string[]
  /** Called before the answer is written (to expire content meanwhile). */
  during?: () => void
  /** Settled when the answer may be written. */
  delay?: Promise<void>
}

/** A server like server.mjs: the front cache before an "app" that counts its renders. */
function harness(options: { maxBytes?: number; live?: () => boolean } = {}) {
  let clock = 1_000_000
  const cache = createFrontCache({
    maxBytes: options.maxBytes ?? 1_000_000,
    now: () => clock,
    live: options.live,
  })
  const renders: string[] = []
  let answer: Answer = {}
  const server: Server = createServer(async (req, res) => {
    const k = frontCacheKey(req)
    if (k !== null) {
      if (await cache.serve(req, res, k)) return
      cache.record(req, res, k)
    }
    await answer.delay
    renders.push(req.url ?? '')
    answer.during?.()
    for (const [name, value] of Object.entries(
      answer.headers ?? { 'cache-control': 's-maxage=60', 'content-type': 'text/html' },
    ))
      res.setHeader(name, value)
    res.statusCode = answer.status ?? 200
    const chunks = answer.chunks ?? [`<p>${renders.length}</p>`]
    for (const chunk of chunks.slice(0, -1)) res.write(chunk)
    res.end(req.method === 'HEAD' ? undefined : chunks.at(-1))
  })
  async function send(path: string, method = 'GET', headers: Record<string, string> = {}) {
    const { port } = server.address() as AddressInfo
    return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
      (resolve, reject) => {
        const req = httpRequest({ port, path, method, headers }, (res) => {
          let body = ''
          res.setEncoding('utf8')
          res.on('data', (chunk: string) => (body += chunk))
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
        })
        req.on('error', reject)
        req.end()
      },
    )
  }
  return {
    cache,
    renders,
    send,
    answer: (next: Answer) => (answer = next),
    advance: (ms: number) => (clock += ms),
    start: () => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve)),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

describe('the front cache', () => {
  let h: ReturnType<typeof harness>
  afterEach(() => h.stop())

  async function started(options?: Parameters<typeof harness>[0]) {
    h = harness(options)
    await h.start()
    return h
  }

  it('renders once and then answers from its entry, byte for byte', async () => {
    const { send, renders, cache } = await started()
    const first = await send('/en/activities?cluster=a&utm=1')
    const second = await send('/en/activities?utm=2&cluster=a')
    expect(renders).toHaveLength(1)
    expect(second.body).toBe(first.body)
    expect(first.headers['x-front-cache']).toBe('miss')
    expect(second.headers['x-front-cache']).toBe('hit')
    expect(second.headers['content-length']).toBe(String(Buffer.byteLength(first.body)))
    expect(cache.stats()).toMatchObject({ hits: 1, misses: 1, stores: 1, entries: 1 })
  })

  it('renders a burst of requests for one new address once', async () => {
    const { send, renders, answer, cache } = await started()
    let release = () => {}
    answer({ delay: new Promise((resolve) => (release = resolve)) })
    const burst = Array.from({ length: 5 }, () => send('/en/activities?q=new'))
    await new Promise((resolve) => setTimeout(resolve, 50))
    release()
    const answers = await Promise.all(burst)
    expect(renders).toHaveLength(1)
    expect(new Set(answers.map((a) => a.body)).size).toBe(1)
    expect(cache.stats()).toMatchObject({ misses: 1, hits: 4, coalesced: 4 })
  })

  it('lets waiting requests render when the first answer may not be kept', async () => {
    const { send, renders, answer } = await started()
    let release = () => {}
    answer({
      delay: new Promise((resolve) => (release = resolve)),
      headers: { 'cache-control': 'private' },
    })
    const burst = Array.from({ length: 3 }, () => send('/en/updates?page=2'))
    await new Promise((resolve) => setTimeout(resolve, 50))
    release()
    expect((await Promise.all(burst)).map((a) => a.status)).toEqual([200, 200, 200])
    expect(renders).toHaveLength(3)
  })

  it('keeps an answer written in several chunks whole', async () => {
    const { send, renders, answer } = await started()
    answer({ chunks: ['<html>', '<body>', 'ბოლო</body></html>'] })
    await send('/en')
    const hit = await send('/en')
    expect(renders).toHaveLength(1)
    expect(hit.body).toBe('<html><body>ბოლო</body></html>')
  })

  it('answers HEAD from the GET entry, without a body', async () => {
    const { send, renders } = await started()
    const get = await send('/en/projects/p')
    const head = await send('/en/projects/p', 'HEAD')
    expect(renders).toHaveLength(1)
    expect(head.status).toBe(200)
    expect(head.body).toBe('')
    expect(head.headers['content-length']).toBe(String(Buffer.byteLength(get.body)))
  })

  it('does not store what HEAD rendered', async () => {
    const { send, renders } = await started()
    await send('/en', 'HEAD')
    await send('/en')
    expect(renders).toHaveLength(2)
  })

  it('answers a matching If-None-Match with 304 and its validators', async () => {
    const { send, renders, cache } = await started()
    await send('/en')
    const etag = String((await send('/en')).headers.etag)
    expect(etag).toMatch(/^W\/"/)
    const again = await send('/en', 'GET', { 'if-none-match': `"other", ${etag}` })
    expect(again.status).toBe(304)
    expect(again.body).toBe('')
    expect(again.headers.etag).toBe(etag)
    expect(again.headers['cache-control']).toBe('s-maxage=60')
    const changed = await send('/en', 'GET', { 'if-none-match': '"other"' })
    expect(changed.status).toBe(200)
    expect(renders).toHaveLength(1)
    expect(cache.stats().notModified).toBe(1)
  })

  it('keeps the ETag Next sent', async () => {
    const { send, answer } = await started()
    answer({ headers: { 'cache-control': 's-maxage=60', etag: '"next-etag"' } })
    await send('/en')
    expect((await send('/en', 'GET', { 'if-none-match': '"next-etag"' })).status).toBe(304)
  })

  it.each<[string, Answer]>([
    ['a private answer', { headers: { 'cache-control': 'private, no-store' } }],
    ['an answer without a shared lifetime', { headers: { 'cache-control': 'max-age=60' } }],
    ['a 404', { status: 404 }],
    ['a redirect', { status: 308, headers: { location: '/en', 'cache-control': 's-maxage=60' } }],
    ['a cookie', { headers: { 'cache-control': 's-maxage=60', 'set-cookie': 'a=1' } }],
    ['a stale page', { headers: { 'cache-control': 's-maxage=60', 'x-nextjs-cache': 'STALE' } }],
    ['a Vary on cookies', { headers: { 'cache-control': 's-maxage=60', vary: 'Cookie' } }],
  ])('never keeps %s', async (_, given) => {
    const { send, renders, answer, cache } = await started()
    answer(given)
    await send('/en')
    await send('/en')
    expect(renders).toHaveLength(2)
    expect(cache.stats().entries).toBe(0)
  })

  it('keeps an answer that varies only as Next does (RSC, compression)', async () => {
    const { send, renders, answer } = await started()
    answer({
      headers: {
        'cache-control': 's-maxage=60',
        vary: 'rsc, next-router-state-tree, Accept-Encoding',
      },
    })
    await send('/en')
    await send('/en')
    expect(renders).toHaveLength(1)
  })

  it('never answers draft mode or RSC requests from an entry', async () => {
    const { send, renders } = await started()
    await send('/en')
    await send('/en', 'GET', { cookie: '__prerender_bypass=1' })
    await send('/en', 'GET', { rsc: '1' })
    await send('/en?_rsc=x')
    expect(renders).toHaveLength(4)
  })

  it('gives a filtered list and its CSV the shared lifetime, and keeps them', async () => {
    const { send, renders, answer } = await started()
    answer({
      headers: { 'cache-control': 'private, no-cache, no-store, max-age=0, must-revalidate' },
    })
    const list = await send('/ka/projects/p/activities?q=border')
    const csv = await send('/en/activities.csv?cluster=a')
    expect(list.headers['cache-control']).toBe(SHARED_CACHE_CONTROL)
    expect(csv.headers['cache-control']).toBe(SHARED_CACHE_CONTROL)
    await send('/ka/projects/p/activities?q=border')
    await send('/en/activities.csv?cluster=a')
    expect(renders).toHaveLength(2)
    // Other pages keep what Next says.
    const other = await send('/en/updates?page=2')
    expect(other.headers['cache-control']).toMatch(/private/)
  })

  it('leaves a list that set a cookie per-request', async () => {
    const { send, answer } = await started()
    answer({ headers: { 'cache-control': 'private, no-store', 'set-cookie': 'a=1' } })
    expect((await send('/en/activities?q=x')).headers['cache-control']).toBe('private, no-store')
  })

  it('lets an entry go after its shared lifetime', async () => {
    const { send, renders, advance } = await started()
    await send('/en')
    advance(59_000)
    expect((await send('/en')).headers.age).toBe('59')
    advance(2_000)
    await send('/en')
    expect(renders).toHaveLength(2)
  })

  it('drops every entry when content expires, and keeps no answer begun before', async () => {
    const { send, renders, cache, answer } = await started()
    const stop = onExpiry(cache.clear)
    try {
      await send('/en')
      await new LocalCacheStore({ maxBytes: 1000 }).revalidateTags(['project:p'])
      await send('/en')
      expect(renders).toHaveLength(2)
      // Content changes while a page renders: what it rendered may be the old content.
      answer({ during: announceExpiry })
      await send('/en/projects/p')
      answer({})
      await send('/en/projects/p')
      expect(renders).toHaveLength(4)
      expect((await send('/en/projects/p')).headers['x-front-cache']).toBe('hit')
    } finally {
      stop()
    }
  })

  it('neither serves nor keeps entries while expiries cannot reach it', async () => {
    let live = true
    const { send, renders, cache } = await started({ live: () => live })
    await send('/en')
    live = false
    await send('/en')
    await send('/en/projects/p')
    expect(renders).toHaveLength(3)
    live = true
    await send('/en/projects/p')
    await send('/en/projects/p')
    await send('/en')
    expect(renders).toHaveLength(4)
    expect(cache.stats().entries).toBe(2)
  })

  it('does not keep an answer larger than a 32nd of its bytes', async () => {
    const { send, renders, answer } = await started({ maxBytes: 32_000 })
    answer({ chunks: ['x'.repeat(1_100)] })
    await send('/en/projects/p/social-image.png')
    await send('/en/projects/p/social-image.png')
    expect(renders).toHaveLength(2)
  })

  it('stays within its bytes, dropping the least recently used', async () => {
    const { send, renders, cache, answer } = await started({ maxBytes: 96_000 })
    answer({ chunks: ['x'.repeat(2_500)] })
    const words = Array.from({ length: 40 }, (_, i) => `w${i}`)
    for (const q of words) await send(`/en/activities?q=${q}`)
    const stats = cache.stats()
    expect(stats.bytes).toBeLessThanOrEqual(96_000)
    expect(stats.entries).toBeLessThan(40)
    expect(stats.evictions).toBe(40 - stats.entries)
    await send('/en/activities?q=w39')
    await send('/en/activities?q=w0')
    expect(renders).toHaveLength(41)
  })
})

describe('the one revalidation period', () => {
  it('is the revalidate of every generated page and route', () => {
    const files = globSync('app/**/{page.tsx,route.ts}')
    const periods = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/export const revalidate = (\d+)/g)].map((m) =>
        Number(m[1]),
      ),
    )
    expect(periods.length).toBeGreaterThan(5)
    expect(new Set(periods)).toEqual(new Set([REVALIDATE_SECONDS]))
  })
})
