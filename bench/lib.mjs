// Shared helpers of the benchmark suites: build, start and stop the portal, statistics, reports.
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { encodeSignatureHeader } from '@sanity/webhook'

export const ROOT = path.resolve(import.meta.dirname, '..')
export const RESULTS = path.join(ROOT, 'bench/results')
export const WORK = path.join(ROOT, 'bench/.work')
export const BENCH_SECRET = 'bench-webhook-secret-4d2e8f1a9c'

const baseEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }

/**
 * `next build` with the given environment; returns wall time and peak RSS (via /usr/bin/time).
 * With `timeoutSeconds`, coreutils' `timeout` stops the build after that long: it runs the build in
 * its own process group and signals the whole group, so no prerender worker outlives it.
 */
/**
 * @param {Record<string, string>} [env]
 * @param {{ timeoutSeconds?: number }} [options]
 */
export function build(env = {}, { timeoutSeconds } = {}) {
  const started = Date.now()
  const timeFile = path.join(WORK, 'build-time.txt')
  mkdirSync(WORK, { recursive: true })
  const limit = timeoutSeconds ? ['timeout', '--kill-after=30', String(timeoutSeconds)] : []
  const command = ['-f', '%M', '-o', timeFile, ...limit, 'npm', 'run', 'build']
  const result = spawnSync('/usr/bin/time', command, {
    cwd: ROOT,
    env: { ...baseEnv, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  })
  if (result.status !== 0) throw new Error(`next build failed:\n${result.stdout}\n${result.stderr}`)
  const peakKb = Number(
    spawnSync('cat', [timeFile], { encoding: 'utf8' }).stdout.trim().split('\n').pop(),
  )
  return {
    seconds: (Date.now() - started) / 1000,
    peakRssMb: Math.round(peakKb / 1024),
    output: result.stdout,
  }
}

/**
 * The port of a benchmark server: its default, or BENCH_PORT_BASE + `offset` when that is set, so
 * that two checkouts can benchmark on one machine (like E2E_PORT_BASE for the end-to-end tests).
 * @param {number} defaultPort @param {number} offset
 */
export function benchPort(defaultPort, offset) {
  const base = process.env.BENCH_PORT_BASE
  return base ? Number(base) + offset : defaultPort
}

/** How long a server may take to start (its warm-up included). */
const START_TIMEOUT_MS = 240_000

/**
 * Starts the portal's server (server.mjs, as `npm start`) on a port and resolves once it answers,
 * with how long that took (`startupMs`).
 * @param {number} port @param {Record<string, string>} [env]
 */
export async function startServer(port, env = {}) {
  const child = spawn('node', ['server.mjs', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: ROOT,
    env: { ...baseEnv, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  // Set as soon as the process exists: undefined only when it could not be spawned at all.
  const { pid } = child
  if (pid === undefined) throw new Error(`server on ${port} could not be spawned`)
  let log = ''
  child.stdout.on('data', (d) => (log += d))
  child.stderr.on('data', (d) => (log += d))
  const url = `http://127.0.0.1:${port}`
  const started = Date.now()
  // The server indexes its content before it listens (lib/http/warm-up.mjs): at 1,000 projects
  // that takes most of a minute on this machine, more under load.
  while (Date.now() - started < START_TIMEOUT_MS) {
    try {
      const response = await fetch(`${url}/en`)
      if (response.ok) {
        const startupMs = Date.now() - started
        return { url, pid, child, startupMs, log: () => log, stop: () => stop(child) }
      }
    } catch {
      // not up yet
    }
    await sleep(200)
  }
  stop(child)
  throw new Error(`server on ${port} did not start:\n${log}`)
}

/** @param {import('node:child_process').ChildProcess} child */
function stop(child) {
  try {
    if (child.pid) process.kill(-child.pid, 'SIGTERM')
  } catch {
    // already gone
  }
}

export const sleep = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms))

/** Count, minimum, median, 95th percentile and maximum of some timings. @param {number[]} values */
export function stats(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const at = (/** @type {number} */ index) => sorted[index] ?? Number.NaN
  const quantile = (/** @type {number} */ q) =>
    at(Math.min(sorted.length - 1, Math.floor(q * sorted.length)))
  const middle = sorted.length / 2
  return {
    n: sorted.length,
    min: at(0),
    median: sorted.length % 2 ? at((sorted.length - 1) / 2) : (at(middle - 1) + at(middle)) / 2,
    p95: quantile(0.95),
    max: at(sorted.length - 1),
  }
}

/** @param {string} name @param {object} data */
export function writeResult(name, data) {
  mkdirSync(RESULTS, { recursive: true })
  const file = path.join(RESULTS, `${name}.json`)
  writeFileSync(
    file,
    JSON.stringify(
      { suite: name, measuredAt: new Date().toISOString(), node: process.version, ...data },
      null,
      2,
    ) + '\n',
  )
  return file
}

/** The seed's activity that the webhook benchmarks rename: its page, and the webhook's body. */
export const FRESHNESS_PAGE =
  '/en/projects/secure-borders-safe-migration/activities/national-census'
const FRESHNESS_CHANGE = {
  _id: 'activity.national-census',
  _type: 'activity',
  slug: 'national-census',
  projectSlug: 'secure-borders-safe-migration',
  clusterSlug: 'migration-data-management',
}

/**
 * One try of "webhook → fresh page": renames the seed's "National census" in the dataset, sends
 * the signed webhook for it to `baseUrl` (an instance or a proxy), and polls its page
 * (FRESHNESS_PAGE) until it shows the new title. Returns the milliseconds from sending the webhook
 * to the fresh page.
 * @param {{ baseUrl: string, dataset: string, original: string, title: string }} options
 */
export async function webhookToFreshPage({ baseUrl, dataset, original, title }) {
  writeFileSync(dataset, original.replace(/"en": ?"National census"/, `"en": "${title}"`))
  const body = JSON.stringify(FRESHNESS_CHANGE)
  const started = performance.now()
  const response = await fetch(`${baseUrl}/api/revalidate`, {
    method: 'POST',
    body,
    headers: {
      'content-type': 'application/json',
      'sanity-webhook-signature': await encodeSignatureHeader(body, Date.now(), BENCH_SECRET),
    },
  })
  if (response.status !== 200) throw new Error(`webhook answered ${response.status}`)
  for (;;) {
    const html = await (await fetch(`${baseUrl}${FRESHNESS_PAGE}`)).text()
    if (html.includes(title)) return Math.round(performance.now() - started)
    if (performance.now() - started > 30_000) throw new Error('page never refreshed')
    await sleep(10)
  }
}
