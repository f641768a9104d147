// @ts-check
/**
 * The instance's counters in Prometheus' text format (docs/operations.md, "Metrics"): rendering
 * slots and queue, refusals, render time, responses by Next's cache state and status class, and
 * the process (memory, CPU, event-loop lag). Served on a listener of its own, on loopback only
 * (METRICS_PORT): the public port, and therefore the proxy, never answers it. Written by hand
 * rather than with prom-client: a few families, no dependency in the server's start path. Plain
 * JavaScript: server.mjs loads it without a build step.
 */
import { createServer } from 'node:http'
import { monitorEventLoopDelay } from 'node:perf_hooks'

/** The exposition's content type (Prometheus text format 0.0.4). */
export const METRICS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8'
/** Where the metrics listener answers; anything else there is a 404. */
export const METRICS_PATH = '/metrics'
/** Render time buckets (seconds): a cached answer is milliseconds, a cold list one to a few seconds. */
export const RENDER_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30]
/** Next's `x-nextjs-cache` values; anything else counts as `other`, no header as `none`. */
const CACHE_STATES = new Set(['HIT', 'STALE', 'MISS', 'REVALIDATED'])

/** @typedef {Record<string, string>} Labels */
/** @typedef {{ name: string, help: string, type: 'counter' | 'gauge' | 'histogram', samples: () => Array<[string, Labels, number]> }} Family */
/** @typedef {() => Record<string, number>} StatsSource */

/** @param {string} value */
const escapeLabel = (value) =>
  value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"')

/** @param {Labels} labels */
const labelText = (labels) => {
  const pairs = Object.entries(labels).map(([key, value]) => `${key}="${escapeLabel(value)}"`)
  return pairs.length ? `{${pairs.join(',')}}` : ''
}

/** @param {number} value */
const numberText = (value) =>
  Number.isNaN(value)
    ? 'NaN'
    : value === Infinity
      ? '+Inf'
      : value === -Infinity
        ? '-Inf'
        : String(value)

/** A metric name part: `frontCache` and `front-cache` become `front_cache`. */
/** @param {string} text */
const snake = (text) =>
  text
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^a-zA-Z0-9_]/g, '_')
    .toLowerCase()

/**
 * A counter family with labels; `inc(labels)` adds one.
 * @param {string} name ends in `_total`
 * @param {string} help
 */
function counterFamily(name, help) {
  /** @type {Map<string, [Labels, number]>} */
  const values = new Map()
  /** @type {Family} */
  const family = {
    name,
    help,
    type: 'counter',
    samples: () => [...values.values()].map(([labels, value]) => [name, labels, value]),
  }
  /** @param {Labels} [labels] @param {number} [by] */
  const inc = (labels = {}, by = 1) => {
    const key = labelText(labels)
    const [, value] = values.get(key) ?? [labels, 0]
    values.set(key, [labels, value + by])
  }
  return { family, inc }
}

/**
 * A histogram family of durations in seconds.
 * @param {string} name
 * @param {string} help
 * @param {number[]} buckets upper bounds, ascending
 */
function histogramFamily(name, help, buckets) {
  const counts = buckets.map(() => 0)
  let sum = 0
  let count = 0
  /** @type {Family} */
  const family = {
    name,
    help,
    type: 'histogram',
    samples: () => [
      ...buckets.map(
        (le, i) =>
          /** @type {[string, Labels, number]} */ ([
            `${name}_bucket`,
            { le: String(le) },
            counts[i] ?? 0,
          ]),
      ),
      [`${name}_bucket`, { le: '+Inf' }, count],
      [`${name}_sum`, {}, sum],
      [`${name}_count`, {}, count],
    ],
  }
  /** @param {number} seconds */
  const observe = (seconds) => {
    buckets.forEach((le, i) => {
      if (seconds <= le) counts[i] = (counts[i] ?? 0) + 1
    })
    sum += seconds
    count += 1
  }
  return { family, observe }
}

/** @param {Family[]} families */
const exposition = (families) =>
  `${families
    .flatMap((family) => [
      `# HELP ${family.name} ${family.help.replace(/\\/g, '\\\\').replace(/\n/g, '\\n')}`,
      `# TYPE ${family.name} ${family.type}`,
      ...family
        .samples()
        .map(([name, labels, value]) => `${name}${labelText(labels)} ${numberText(value)}`),
    ])
    .join('\n')}\n`

/**
 * A registry: families register a way to read their samples, `expose()` writes them all in
 * registration order.
 */
export function createRegistry() {
  /** @type {Family[]} */
  const families = []

  /** @template {{ family: Family }} T @param {T} made */
  function register(made) {
    if (families.some((f) => f.name === made.family.name)) {
      throw new Error(`metric ${made.family.name} is registered twice`)
    }
    families.push(made.family)
    return made
  }

  /**
   * A value read when scraped (one sample, or one per label set).
   * @param {string} name
   * @param {string} help
   * @param {() => number | Array<[Labels, number]>} read
   * @param {'gauge' | 'counter'} [type] `counter` for a count that only grows
   */
  function gauge(name, help, read, type = 'gauge') {
    /** @returns {Array<[string, Labels, number]>} */
    const samples = () => {
      const value = read()
      return typeof value === 'number'
        ? [[name, {}, value]]
        : value.map(([labels, v]) => [name, labels, v])
    }
    register({ family: { name, help, type, samples } })
  }

  /**
   * Numbers another part of the server keeps (a cache's `stats()`), one family per key:
   * `portal_<prefix>_<key>`, a counter (`_total`) for the keys in `counters`, else a gauge.
   * @param {{ prefix: string, help: string, read: StatsSource, counters?: string[] }} source
   */
  function addSource({ prefix, help, read, counters = [] }) {
    for (const key of Object.keys(read())) {
      const counts = counters.includes(key)
      const name = `portal_${snake(prefix)}_${snake(key)}${counts ? '_total' : ''}`
      gauge(name, `${help}: ${key}`, () => read()[key] ?? NaN, counts ? 'counter' : 'gauge')
    }
  }

  return {
    /** @param {string} name @param {string} help */
    counter: (name, help) => register(counterFamily(name, help)),
    /** @param {string} name @param {string} help @param {number[]} buckets */
    histogram: (name, help, buckets) => register(histogramFamily(name, help, buckets)),
    gauge,
    addSource,
    expose: () => exposition(families),
  }
}

/** @typedef {ReturnType<typeof createRegistry>} Registry */

/**
 * The process: resident memory, heap, CPU time, start time and event-loop lag (the delay a timer
 * sees; mean, p99 and max since the previous scrape), named as prom-client's defaults are.
 * @param {Registry} registry
 */
export function registerProcessMetrics(registry) {
  const lag = monitorEventLoopDelay({ resolution: 10 })
  lag.enable()
  /** @type {{ mean: number, p99: number, max: number }} */
  let lastLag = { mean: 0, p99: 0, max: 0 }
  const seconds = (/** @type {number} */ ns) => (Number.isFinite(ns) ? ns / 1e9 : 0)
  const readLag = () => {
    lastLag = { mean: seconds(lag.mean), p99: seconds(lag.percentile(99)), max: seconds(lag.max) }
    lag.reset()
    return lastLag.mean
  }
  const started = Date.now() / 1000 - process.uptime()
  registry.gauge('process_resident_memory_bytes', 'Resident memory size in bytes.', () =>
    process.memoryUsage.rss(),
  )
  registry.gauge(
    'nodejs_heap_size_used_bytes',
    'V8 heap in use, in bytes.',
    () => process.memoryUsage().heapUsed,
  )
  registry.gauge(
    'process_cpu_user_seconds_total',
    'User CPU time spent in seconds.',
    () => process.cpuUsage().user / 1e6,
    'counter',
  )
  registry.gauge(
    'process_cpu_system_seconds_total',
    'System CPU time spent in seconds.',
    () => process.cpuUsage().system / 1e6,
    'counter',
  )
  registry.gauge(
    'process_start_time_seconds',
    'Start time of the process since the Unix epoch, in seconds.',
    () => started,
  )
  // Read in this order at each scrape: the mean resets the monitor, p99 and max report the same window.
  registry.gauge(
    'nodejs_eventloop_lag_mean_seconds',
    'Mean event-loop delay since the last scrape, in seconds.',
    readLag,
  )
  registry.gauge(
    'nodejs_eventloop_lag_p99_seconds',
    '99th percentile of the event-loop delay since the last scrape, in seconds.',
    () => lastLag.p99,
  )
  registry.gauge(
    'nodejs_eventloop_lag_max_seconds',
    'Longest event-loop delay since the last scrape, in seconds.',
    () => lastLag.max,
  )
  return { stop: () => lag.disable() }
}

/** @param {number} status */
const statusClass = (status) => `${Math.floor(status / 100)}xx`

/**
 * The portal's own families, read from the admission control (lib/http/admission.mjs) and from
 * each response as it finishes.
 * @param {{ stats: () => { running: number, waiting: number, clients: number, admitted: number, queued: number, refusedClient: number, refusedBusy: number } }} admission
 * @param {{ processMetrics?: boolean }} [options] off in tests that count exact families
 */
export function createPortalMetrics(admission, { processMetrics = true } = {}) {
  const registry = createRegistry()
  const stats = admission.stats
  registry.gauge(
    'portal_render_slots_in_use',
    'Renders running now (of RENDER_CONCURRENCY).',
    () => stats().running,
  )
  registry.gauge(
    'portal_render_queue_length',
    'Renders waiting for a slot (of RENDER_QUEUE).',
    () => stats().waiting,
  )
  registry.gauge(
    'portal_render_clients',
    'Clients with a render running or waiting.',
    () => stats().clients,
  )
  registry.gauge(
    'portal_render_admitted_total',
    'Requests given a render slot.',
    () => stats().admitted,
    'counter',
  )
  registry.gauge(
    'portal_render_queued_total',
    'Requests that waited in the queue for a slot.',
    () => stats().queued,
    'counter',
  )
  registry.gauge(
    'portal_render_refusals_total',
    'Requests refused before rendering: 429 (the client held its share), 503 (queue full).',
    () => [
      [{ status: '429' }, stats().refusedClient],
      [{ status: '503' }, stats().refusedBusy],
    ],
    'counter',
  )
  const renderSeconds = registry.histogram(
    'portal_render_duration_seconds',
    'Time from a render slot being granted to the response being sent, in seconds.',
    RENDER_BUCKETS,
  )
  const responses = registry.counter(
    'portal_responses_total',
    "Responses sent, by Next's cache state (x-nextjs-cache; none when absent) and status class.",
  )
  const processFamilies = processMetrics ? registerProcessMetrics(registry) : { stop: () => {} }

  return {
    registry,
    expose: registry.expose,
    /** More numbers to expose (e.g. a response cache's `stats()`); see `Registry.addSource`. */
    addSource: registry.addSource,
    /**
     * Counts the response once it is sent (a response whose client left before counts nothing).
     * @param {import('node:http').ServerResponse} response
     */
    countResponse(response) {
      response.once('finish', () => {
        const header = response.getHeader('x-nextjs-cache')
        const state = typeof header === 'string' ? header.toUpperCase() : ''
        const cache = state === '' ? 'none' : CACHE_STATES.has(state) ? state : 'other'
        responses.inc({ cache, status: statusClass(response.statusCode) })
      })
    },
    /**
     * Times a render from now (its slot granted) to the response being sent.
     * @param {import('node:http').ServerResponse} response
     */
    timeRender(response) {
      const started = performance.now()
      response.once('finish', () => renderSeconds.observe((performance.now() - started) / 1000))
    },
    stop: processFamilies.stop,
  }
}

/** @typedef {ReturnType<typeof createPortalMetrics>} PortalMetrics */

/**
 * The metrics listener: `GET /metrics` on loopback, nothing else.
 * @param {{ expose: () => string }} metrics
 * @param {number} port
 * @returns {Promise<import('node:http').Server>} once it listens
 */
export function serveMetrics(metrics, port) {
  const server = createServer((request, response) => {
    const pathname = (request.url ?? '/').split('?', 1)[0]
    if (pathname !== METRICS_PATH) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
      return response.end('Not found\n')
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' })
      return response.end()
    }
    const body = metrics.expose()
    response.writeHead(200, { 'content-type': METRICS_CONTENT_TYPE, 'cache-control': 'no-store' })
    response.end(request.method === 'HEAD' ? undefined : body)
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    // Loopback only: a scraper on the same machine reads it, the network never can.
    server.listen(port, '127.0.0.1', () => resolve(server))
  })
}
