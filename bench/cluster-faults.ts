// Fault runs of the cluster suite (issue 23, point 3): load through the proxy while one instance
// is killed with SIGKILL, as a crash would. Every GET and HEAD should still get an answer: the
// proxy retries a failed fetch on the other instance, and its health probe takes the dead one out
// of rotation within about a second. Run by bench/cluster.ts.
import autocannon from 'autocannon'
import type { Cluster } from '../scripts/cluster/start'
import { sleep } from './lib.mjs'
import { PAGES } from './throughput.mjs'

/** Connections in all; a few of them send HEAD or ask for renders (see below). */
const CONNECTIONS = 50
/**
 * Connections sending HEAD, by fetch: autocannon 8 waits for a HEAD response's body as its
 * Content-Length announces, and so never completes one.
 */
const HEAD_CONNECTIONS = 5
/**
 * Connections asking for distinct uncached lists (a render on an instance each time). Few: a
 * connection waiting on a render holds no other request, and with every connection rendering the
 * surviving instance would refuse (503, a full queue) what it cannot render, which measures
 * overload, not the fault.
 */
const RENDER_CONNECTIONS = 5
const SECONDS = 12
/**
 * A request unanswered after this long counts as an error (autocannon's default is 10 s; on a
 * busy two-core machine a search render alone can take that long, which is not the fault).
 */
const TIMEOUT_SECONDS = 30
/** When the instance is killed, after the load starts. */
const KILL_AFTER_MS = 4000
export const FAULT_RUNS = 3

const LIST = '/en/projects/secure-borders-safe-migration/activities'
const words = ['border', 'census', 'data', 'training', 'return', 'health', 'labour', 'police']

type Kind = 'page' | 'rsc' | 'head' | 'render'
/** Counts one answer: its kind, status, and what it was (kept for the first failures). */
type Count = (kind: Kind, status: number, what: () => string) => void
type Counts = Record<Kind, { requests: number; non2xx: number }>

/** The mix every ordinary connection cycles through: proxy hits and requests it passes on. */
function mix(count: Count) {
  const entry = (kind: Kind, path: string, headers = {}) => ({
    method: 'GET' as const,
    path,
    headers,
    onResponse: (status: number, _body: string, _context: unknown, headers?: Headers) =>
      count(kind, status, () => `GET ${path} (${contentType(headers)})`),
  })
  return [
    ...PAGES.map((page) => entry('page', page)),
    // Client navigations (RSC payloads; Next redirects one without `_rsc`) are never cached: each
    // goes to an instance.
    ...PAGES.slice(0, 4).map((page) =>
      entry('rsc', `${page}${page.includes('?') ? '&' : '?'}_rsc=`, { RSC: '1' }),
    ),
  ]
}

/** HEAD of cached pages and of the health endpoint (passed to an instance), until `until`. */
async function heads(url: string, until: number, count: Count) {
  const paths = [...PAGES.slice(0, 3), '/api/health']
  let errors = 0
  const latencies: number[] = []
  const loop = async (offset: number) => {
    for (let i = offset; Date.now() < until; i++) {
      const started = performance.now()
      try {
        const response = await fetch(`${url}${paths[i % paths.length]}`, {
          method: 'HEAD',
          signal: AbortSignal.timeout(TIMEOUT_SECONDS * 1000),
        })
        count('head', response.status, () => {
          const type = response.headers.get('content-type') ?? ''
          return `HEAD ${paths[i % paths.length]} (${type})`
        })
        latencies.push(performance.now() - started)
      } catch {
        errors += 1
      }
    }
  }
  await Promise.all(Array.from({ length: HEAD_CONNECTIONS }, (_, i) => loop(i)))
  latencies.sort((a, b) => a - b)
  return { errors, p99Ms: Math.round(latencies[Math.floor(latencies.length * 0.99)] ?? 0) }
}

/** Distinct search words: each a miss at the proxy and a render on an instance. */
function renders(count: Count) {
  let n = 0
  return [
    {
      method: 'GET' as const,
      path: LIST,
      setupRequest: (request: autocannon.Request): autocannon.Request => {
        n += 1
        const word = `${words[n % words.length]}${n}`
        // A visitor each: one client's stream of renders would be refused (429) by design.
        const visitor = `198.51.100.${n % 250}`
        return {
          ...request,
          path: `${LIST}?q=${word}`,
          headers: { ...request.headers, 'x-forwarded-for': visitor },
        }
      },
      onResponse: (status: number, _body: string, _context: unknown, headers?: Headers) =>
        count('render', status, () => `GET ${LIST}?q=… (${contentType(headers)})`),
    },
  ]
}

/** autocannon's response headers, names as received. */
type Headers = Record<string, unknown>
/** The instances' refusals and health answers are JSON or plain pages; the proxy's own, HTML. */
const contentType = (headers: Headers | undefined) =>
  String(
    Object.entries(headers ?? {}).find(([name]) => name.toLowerCase() === 'content-type')?.[1] ??
      '',
  )

type Load = Awaited<ReturnType<typeof autocannon>>

function load(url: string, connections: number, requests: autocannon.Request[]): Promise<Load> {
  return new Promise((resolve, reject) => {
    autocannon(
      { url, connections, duration: SECONDS, timeout: TIMEOUT_SECONDS, requests },
      (error, result) => (error ? reject(error) : resolve(result)),
    )
  })
}

/** One run: load, SIGKILL of instance 1 a few seconds in, then the instance back in rotation. */
async function faultRun(cluster: Cluster) {
  const counts: Counts = {
    page: { requests: 0, non2xx: 0 },
    head: { requests: 0, non2xx: 0 },
    rsc: { requests: 0, non2xx: 0 },
    render: { requests: 0, non2xx: 0 },
  }
  const statuses: Record<string, number> = {}
  /** The first few failures, to tell the proxy's 503 from an instance's own answer. */
  const failures: string[] = []
  const count: Count = (kind, status, what) => {
    counts[kind].requests += 1
    statuses[status] = (statuses[status] ?? 0) + 1
    if (status >= 200 && status <= 299) return
    counts[kind].non2xx += 1
    if (failures.length < 10) failures.push(`${status} ${what()}`)
  }
  const ordinaryConnections = CONNECTIONS - HEAD_CONNECTIONS - RENDER_CONNECTIONS
  const runs = Promise.all([
    load(cluster.proxyUrl, ordinaryConnections, mix(count)),
    load(cluster.proxyUrl, RENDER_CONNECTIONS, renders(count)),
    heads(cluster.proxyUrl, Date.now() + SECONDS * 1000, count),
  ])
  await sleep(KILL_AFTER_MS)
  const killedAt = Date.now()
  await cluster.killInstance(0)
  const [ordinary, rendering, head] = await runs
  const loadEnded = Date.now()
  await cluster.startInstance(0)
  // Its health probe (every 500 ms, two good of three) puts it back in rotation.
  await sleep(2000)
  const results = [ordinary, rendering]
  const sum = (pick: (r: Load) => number) => results.reduce((total, r) => total + pick(r), 0)
  return {
    requests: sum((r) => r.requests.total) + counts.head.requests + head.errors,
    errors: sum((r) => r.errors) + head.errors,
    timeouts: sum((r) => r.timeouts),
    non2xx: sum((r) => r.non2xx) + counts.head.non2xx,
    statuses,
    failures,
    byKind: counts,
    p99Ms: ordinary.latency.p99,
    headP99Ms: head.p99Ms,
    renderP99Ms: rendering.latency.p99,
    killedAfterMs: KILL_AFTER_MS,
    secondsAfterKill: Math.round((loadEnded - killedAt) / 100) / 10,
  }
}

export type FaultRun = Awaited<ReturnType<typeof faultRun>>

/** `FAULT_RUNS` runs on a warm cluster (every page cached at the proxy once). */
export async function faultRuns(cluster: Cluster) {
  for (const page of PAGES) await fetch(`${cluster.proxyUrl}${page}`).then((r) => r.arrayBuffer())
  const runs: FaultRun[] = []
  for (let i = 1; i <= FAULT_RUNS; i++) {
    const run = await faultRun(cluster)
    runs.push(run)
    console.log(
      `fault run ${i}: ${run.requests} requests, errors ${run.errors}, timeouts ${run.timeouts}, ` +
        `non-2xx ${run.non2xx} ${JSON.stringify(run.statuses)}; p99 ${run.p99Ms} ms (renders ${run.renderP99Ms} ms)`,
    )
  }
  return {
    connections: CONNECTIONS,
    headConnections: HEAD_CONNECTIONS,
    renderConnections: RENDER_CONNECTIONS,
    seconds: SECONDS,
    timeoutSeconds: TIMEOUT_SECONDS,
    killedAfterMs: KILL_AFTER_MS,
    runs,
  }
}
