// Load: mixed pages (generated and filtered lists) at 100 connections for 2 × 30 s after a warm-up,
// with the server's resident memory before, between and after, to show it levels off instead of
// growing. Moved here from the E2E suite: timings and memory are measurements, not pass/fail.
import { readFileSync } from 'node:fs'
import autocannon from 'autocannon'
import { startServer, writeResult } from './lib.mjs'

const PROJECT = '/projects/secure-borders-safe-migration'
const PATHS = [
  '/ka',
  '/en',
  `/ka${PROJECT}`,
  `/en${PROJECT}`,
  `/en${PROJECT}/objectives`,
  `/ka${PROJECT}/clusters/migration-data-management`,
  `/en${PROJECT}/activities/border-police-hr-policy`,
  `/en${PROJECT}/activities`,
  `/en${PROJECT}/activities?cluster=migration-data-management`,
  '/ka/activities',
]

/** @param {number} pid */
function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  return Math.round(Number(status.match(/VmRSS:\s+(\d+)/)?.[1]) / 1024)
}

/** @param {{ env: Record<string, string>, port?: number }} options */
export async function run({ env, port = 3320 }) {
  const server = await startServer(port, env)
  // startServer runs `node server.mjs` directly: its pid is the serving process.
  const pid = server.pid
  /** @param {number} duration */
  const load = (duration) =>
    autocannon({
      url: server.url,
      connections: 100,
      duration,
      requests: PATHS.map((path) => ({ method: 'GET', path })),
      timeout: 30,
    })
  try {
    await load(5) // warm-up: every page cached, JIT warm
    const before = rssMb(pid)
    const first = await load(30)
    const middle = rssMb(pid)
    const second = await load(30)
    const after = rssMb(pid)
    /** @param {import('autocannon').Result} result */
    const half = (result) => ({
      requests: result.requests.total,
      rps: Math.round(result.requests.average),
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
    })
    const result = {
      connections: 100,
      paths: PATHS,
      halves: [half(first), half(second)],
      rssMb: { before, middle, after },
    }
    writeResult('load', result)
    return result
  } finally {
    server.stop()
  }
}
