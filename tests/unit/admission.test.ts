import { readServingEnv } from '@/lib/env/serving.mjs'
import {
  clientAddress,
  createAdmission,
  needsRender,
  overloadRefusal,
} from '@/lib/http/admission.mjs'
import { messages } from '@/lib/i18n/messages'

const get = (url: string, headers: Record<string, string> = {}, remoteAddress = '10.0.0.9') => ({
  method: 'GET',
  url,
  headers,
  socket: { remoteAddress },
})

describe('which requests share the rendering slots', () => {
  it.each([
    ['/en/projects/p/activities?cluster=a', true],
    ['/ka/activities?q=border', true],
    ['/en/projects/p/activities.csv', true],
    ['/api/iati/p', true],
    ['/_next/image?url=%2Fmedia%2Fa.jpg&w=640&q=75', true],
    ['/en/projects/p/social-image.png', true],
    ['/en/updates/feed.xml', true],
    ['/en/projects/p', false],
    ['/ka', false],
    ['/en/projects/p?_rsc=abc', false],
    ['/_next/static/chunks/a.js?v=1', false],
    ['/api/health', false],
  ])('%s → %s', (url, expected) => {
    expect(needsRender(get(url))).toBe(expected)
  })

  it('lets webhooks and editors’ preview through', () => {
    expect(needsRender({ ...get('/api/revalidate'), method: 'POST' })).toBe(false)
    const preview = get('/en/activities?q=x', { cookie: 'a=1; __prerender_bypass=abc' })
    expect(needsRender(preview)).toBe(false)
  })
})

describe('who the client is', () => {
  const proxies = new Set(['127.0.0.1'])
  it('is the connection’s address unless that is a trusted proxy', () => {
    expect(clientAddress(get('/', { 'x-forwarded-for': '1.2.3.4' }), proxies)).toBe('10.0.0.9')
    expect(clientAddress(get('/', {}, '::ffff:10.0.0.7'), proxies)).toBe('10.0.0.7')
  })

  it('behind a trusted proxy, is the last address the proxy did not add', () => {
    // The visitor may send any X-Forwarded-For; only the proxy's own entry is believed.
    const forged = get('/', { 'x-forwarded-for': '6.6.6.6, 203.0.113.5' }, '127.0.0.1')
    expect(clientAddress(forged, proxies)).toBe('203.0.113.5')
    expect(clientAddress(get('/', {}, '127.0.0.1'), proxies)).toBe('127.0.0.1')
  })
})

describe('a bounded share of rendering', () => {
  const ticket = async (
    admission: ReturnType<typeof createAdmission>,
    client: string,
  ): Promise<{ release: () => void }> => {
    const result = await admission.admit(client)
    if ('refused' in result) throw new Error(`refused ${result.refused}`)
    return result
  }

  it('runs `concurrency` at once, queues the next ones and hands each freed slot on', async () => {
    const admission = createAdmission({ concurrency: 2, queue: 2, perClient: 10 })
    const first = await ticket(admission, 'a')
    await ticket(admission, 'b')
    let thirdStarted = false
    const third = admission.admit('c').then((t) => {
      thirdStarted = true
      return t
    })
    await Promise.resolve()
    expect(thirdStarted).toBe(false)
    expect(admission.stats()).toMatchObject({ running: 2, waiting: 1 })
    first.release()
    first.release() // twice is once
    await third
    expect(thirdStarted).toBe(true)
    expect(admission.stats()).toMatchObject({ running: 2, waiting: 0 })
  })

  it('answers 503 past the queue and 429 to a client holding its share', async () => {
    const admission = createAdmission({ concurrency: 1, queue: 1, perClient: 2 })
    await ticket(admission, 'flood')
    void admission.admit('flood') // queued
    expect(await admission.admit('flood')).toEqual({ refused: 429 })
    expect(await admission.admit('visitor')).toEqual({ refused: 503 })
    expect(admission.stats()).toMatchObject({ refusedClient: 1, refusedBusy: 1, clients: 1 })
  })

  it('forgets a client once its renders are done (the map stays bounded)', async () => {
    const admission = createAdmission({ concurrency: 4, queue: 4, perClient: 4 })
    const tickets = await Promise.all(['a', 'b', 'c'].map((c) => ticket(admission, c)))
    tickets.forEach((t) => t.release())
    expect(admission.stats()).toMatchObject({ running: 0, clients: 0 })
  })
})

describe('the refusal a visitor sees', () => {
  const texts = { ka: messages.ka.Overload, en: messages.en.Overload }

  it('is a page in the language of the address, with Retry-After, never cached', () => {
    const refusal = overloadRefusal(429, '/en/activities?q=x', texts)
    expect(refusal.status).toBe(429)
    expect(refusal.headers).toMatchObject({ 'retry-after': '2', 'cache-control': 'no-store' })
    expect(refusal.body).toContain('<html lang="en">')
    expect(refusal.body).toContain(messages.en.Overload.tooMany)
    const busy = overloadRefusal(503, '/ka/activities.csv', texts)
    expect(busy.headers['retry-after']).toBe('5')
    expect(busy.body).toContain('<html lang="ka">')
    expect(busy.body).toContain(messages.ka.Overload.busy)
    expect(overloadRefusal(503, '/_next/image?url=x', texts).body).toContain('lang="ka"')
  })
})

describe('the serving settings', () => {
  it('has defaults and refuses what is not a number or an address', () => {
    expect(readServingEnv({})).toMatchObject({ concurrency: 4, queue: 32, perClient: 8 })
    expect(readServingEnv({ TRUSTED_PROXIES: '127.0.0.1, ::1' }).trustedProxies).toEqual(
      new Set(['127.0.0.1', '::1']),
    )
    expect(() => readServingEnv({ RENDER_CONCURRENCY: 'many' })).toThrow(/RENDER_CONCURRENCY/)
    expect(() => readServingEnv({ TRUSTED_PROXIES: 'proxy.internal' })).toThrow(/TRUSTED_PROXIES/)
  })
})
