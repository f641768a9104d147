import { createServer, type Server } from 'node:http'
import { readServingEnv } from '@/lib/env/serving.mjs'
import { createAdmission } from '@/lib/http/admission.mjs'
import {
  METRICS_CONTENT_TYPE,
  createPortalMetrics,
  createRegistry,
  serveMetrics,
} from '@/lib/http/metrics.mjs'

type Sample = { name: string; labels: Record<string, string>; value: number }

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/
const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/
const LABEL = /^([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"$/
const TYPES = new Set(['counter', 'gauge', 'histogram', 'summary', 'untyped'])

/** The family a sample belongs to (a histogram's `_bucket`, `_sum` and `_count` are its own). */
const familyOf = (name: string, types: Map<string, string>) =>
  types.has(name) ? name : name.replace(/_(bucket|sum|count)$/, '')

/**
 * A strict reader of Prometheus' text format 0.0.4: every line a comment (HELP/TYPE before the
 * family's samples, one TYPE each) or a sample with well-formed labels and a number.
 */
function parseExposition(text: string): Sample[] {
  expect(text.endsWith('\n')).toBe(true)
  const types = new Map<string, string>()
  const samples: Sample[] = []
  for (const line of text.slice(0, -1).split('\n')) {
    const comment = /^# (HELP|TYPE) (\S+) (.*)$/.exec(line)
    if (comment) {
      const [, kind, name = '', rest = ''] = comment
      expect(name).toMatch(NAME)
      if (kind === 'TYPE') {
        expect(types.has(name)).toBe(false)
        expect(TYPES.has(rest)).toBe(true)
        types.set(name, rest)
      }
      continue
    }
    const match = SAMPLE.exec(line)
    if (!match) throw new Error(`not a sample line: ${line}`)
    const [, name = '', labelText, valueText = ''] = match
    const labels = Object.fromEntries(
      (labelText ? labelText.split(/,(?=[a-zA-Z_]+=")/) : []).map((pair) => {
        const label = LABEL.exec(pair)
        if (!label) throw new Error(`bad label in: ${line}`)
        return [label[1]!, label[2]!]
      }),
    )
    const value = valueText === '+Inf' ? Infinity : Number(valueText)
    if (Number.isNaN(value) && valueText !== 'NaN') throw new Error(`bad value in: ${line}`)
    // A sample's family was declared before it.
    const family = familyOf(name, types)
    expect({ line, type: types.get(family) }).toEqual({ line, type: expect.any(String) })
    if (types.get(family) === 'counter') expect(name).toMatch(/_total$/)
    samples.push({ name, labels, value })
  }
  return samples
}

/** The address a listener bound (a TCP server's, never a pipe's). */
function boundAddress(server: Server) {
  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('not listening on TCP')
  return address
}

const valueOf = (samples: Sample[], name: string, labels: Record<string, string> = {}) =>
  samples.find(
    (s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v),
  )?.value

describe('the exposition', () => {
  it('parses as Prometheus text, with the process families', () => {
    const metrics = createPortalMetrics(createAdmission({ concurrency: 2, queue: 2, perClient: 2 }))
    try {
      const samples = parseExposition(metrics.expose())
      expect(valueOf(samples, 'process_resident_memory_bytes')).toBeGreaterThan(1e6)
      expect(valueOf(samples, 'nodejs_eventloop_lag_p99_seconds')).toBeGreaterThanOrEqual(0)
      expect(valueOf(samples, 'portal_render_duration_seconds_bucket', { le: '+Inf' })).toBe(0)
    } finally {
      metrics.stop()
    }
  })

  it('escapes label values and refuses a family registered twice', () => {
    const registry = createRegistry()
    registry.counter('odd_total', 'help').inc({ path: 'a"b\\c\nd' })
    expect(registry.expose()).toContain('odd_total{path="a\\"b\\\\c\\nd"} 1')
    expect(parseExposition(registry.expose())).toHaveLength(1)
    expect(() => registry.gauge('odd_total', 'again', () => 1)).toThrow(/twice/)
  })
})

describe('the counters follow the admission control', () => {
  it('counts slots, the queue and refusals by status', async () => {
    const admission = createAdmission({ concurrency: 1, queue: 1, perClient: 2 })
    const metrics = createPortalMetrics(admission, { processMetrics: false })
    const read = () => parseExposition(metrics.expose())
    expect(valueOf(read(), 'portal_render_slots_in_use')).toBe(0)

    const first = await admission.admit('a')
    const queued = admission.admit('b')
    await Promise.resolve()
    expect(await admission.admit('a')).toEqual({ refused: 503 }) // slot and queue taken
    expect(await admission.admit('b')).toEqual({ refused: 503 })
    let samples = read()
    expect(valueOf(samples, 'portal_render_slots_in_use')).toBe(1)
    expect(valueOf(samples, 'portal_render_queue_length')).toBe(1)
    expect(valueOf(samples, 'portal_render_refusals_total', { status: '503' })).toBe(2)
    expect(valueOf(samples, 'portal_render_refusals_total', { status: '429' })).toBe(0)

    if ('release' in first) first.release()
    await queued
    const perClient = createAdmission({ concurrency: 4, queue: 4, perClient: 1 })
    const perClientMetrics = createPortalMetrics(perClient, { processMetrics: false })
    await perClient.admit('c')
    expect(await perClient.admit('c')).toEqual({ refused: 429 })
    const other = parseExposition(perClientMetrics.expose())
    expect(valueOf(other, 'portal_render_refusals_total', { status: '429' })).toBe(1)

    samples = read()
    expect(valueOf(samples, 'portal_render_queue_length')).toBe(0)
    expect(valueOf(samples, 'portal_render_admitted_total')).toBe(2)
    expect(valueOf(samples, 'portal_render_queued_total')).toBe(1)
  })
})

describe('responses and render time', () => {
  let server: Server
  const metrics = createPortalMetrics(createAdmission({ concurrency: 1, queue: 1, perClient: 1 }), {
    processMetrics: false,
  })
  beforeAll(async () => {
    server = createServer((request, response) => {
      metrics.countResponse(response)
      const url = new URL(request.url ?? '/', 'http://x')
      if (url.searchParams.has('render')) metrics.timeRender(response)
      const cache = url.searchParams.get('cache')
      if (cache) response.setHeader('x-nextjs-cache', cache)
      response.statusCode = Number(url.searchParams.get('status') ?? 200)
      setTimeout(() => response.end('ok'), url.searchParams.has('render') ? 30 : 0)
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  })
  afterAll(() => new Promise((resolve) => server.close(resolve)))

  it('counts each response by cache state and status class, and times renders', async () => {
    const base = `http://127.0.0.1:${boundAddress(server).port}`
    for (const query of [
      'cache=HIT',
      'cache=HIT',
      'cache=STALE',
      'render=1',
      'status=404',
      'cache=weird',
    ]) {
      await (await fetch(`${base}/?${query}`)).text()
    }
    const samples = parseExposition(metrics.expose())
    const responses = (cache: string, status: string) =>
      valueOf(samples, 'portal_responses_total', { cache, status })
    expect(responses('HIT', '2xx')).toBe(2)
    expect(responses('STALE', '2xx')).toBe(1)
    expect(responses('none', '2xx')).toBe(1)
    expect(responses('none', '4xx')).toBe(1)
    expect(responses('other', '2xx')).toBe(1)
    expect(valueOf(samples, 'portal_render_duration_seconds_count')).toBe(1)
    expect(valueOf(samples, 'portal_render_duration_seconds_sum')).toBeGreaterThanOrEqual(0.02)
    expect(valueOf(samples, 'portal_render_duration_seconds_bucket', { le: '0.01' })).toBe(0)
    expect(valueOf(samples, 'portal_render_duration_seconds_bucket', { le: '+Inf' })).toBe(1)
  })
})

describe('other parts of the server plug their numbers in', () => {
  it('exposes a stats() source: counters for the counts, gauges for the rest', () => {
    const metrics = createPortalMetrics(
      createAdmission({ concurrency: 1, queue: 1, perClient: 1 }),
      {
        processMetrics: false,
      },
    )
    const stats = { hits: 0, misses: 0, stores: 0, evictions: 0, bytes: 0, entries: 0 }
    metrics.addSource({
      prefix: 'frontCache',
      help: 'Front response cache',
      read: () => stats,
      counters: ['hits', 'misses', 'stores', 'evictions'],
    })
    Object.assign(stats, { hits: 3, bytes: 2048, entries: 2 })
    const samples = parseExposition(metrics.expose())
    expect(valueOf(samples, 'portal_front_cache_hits_total')).toBe(3)
    expect(valueOf(samples, 'portal_front_cache_bytes')).toBe(2048)
    expect(valueOf(samples, 'portal_front_cache_entries')).toBe(2)
    expect(metrics.expose()).toContain('# TYPE portal_front_cache_evictions_total counter')
    expect(metrics.expose()).toContain('# TYPE portal_front_cache_bytes gauge')
  })
})

describe('the metrics listener', () => {
  it('answers /metrics on loopback only, 404 elsewhere', async () => {
    const metrics = { expose: () => '# TYPE up gauge\nup 1\n' }
    const server = await serveMetrics(metrics, 0)
    try {
      const address = boundAddress(server)
      expect(address.address).toBe('127.0.0.1')
      const base = `http://127.0.0.1:${address.port}`
      const response = await fetch(`${base}/metrics`)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe(METRICS_CONTENT_TYPE)
      expect(parseExposition(await response.text())).toEqual([{ name: 'up', labels: {}, value: 1 }])
      expect((await fetch(`${base}/en`)).status).toBe(404)
      expect((await fetch(`${base}/metrics`, { method: 'POST' })).status).toBe(405)
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })

  it('is off unless METRICS_PORT is set, and never on the public port', () => {
    expect(readServingEnv({}).metricsPort).toBeNull()
    expect(readServingEnv({ METRICS_PORT: '9464' }, 3000).metricsPort).toBe(9464)
    expect(() => readServingEnv({ METRICS_PORT: '3000' }, 3000)).toThrow(
      /METRICS_PORT must not be the public port/,
    )
    expect(() => readServingEnv({ METRICS_PORT: '70000' })).toThrow(/METRICS_PORT/)
  })
})
