// Flood: one client sends a stream of distinct uncached URLs (random search words on the list
// across projects, 50 connections) at one instance, while visitors read an ordinary cached page
// (10 connections). The visitors' p99 is measured before and during the flood, beside nginx
// serving the same page's bytes (issue 23: under 200 ms during the flood). The flood's answers are
// counted by status: renders it got (2xx), its own refusals (429), the instance's (503).
import { rmSync } from 'node:fs'
import path from 'node:path'
import autocannon from 'autocannon'
import { WORK, benchPort, sleep, startServer, writeResult } from './lib.mjs'
import { saveCopy, startNginx } from './throughput.mjs'

const PAGE = '/en/projects/secure-borders-safe-migration'
const FLOOD_CONNECTIONS = 50
const VISITOR_CONNECTIONS = 10
const SECONDS = 10
/** The flood starts this long before the visitors' measure, and ends after it. */
const LEAD_SECONDS = 2

/** A search word no one has asked for yet: every flood request is a render. */
const randomWord = () => Math.random().toString(36).slice(2, 10)

/**
 * autocannon's figures for one run.
 * @param {autocannon.Result} result
 */
function figures(result) {
  return {
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    errors: result.errors,
    timeouts: result.timeouts,
    statuses: {
      '2xx': result['2xx'],
      '4xx': result['4xx'],
      '5xx': result['5xx'],
    },
  }
}

/** @param {string} url @param {number} seconds */
const visitors = (url, seconds) =>
  autocannon({ url, connections: VISITOR_CONNECTIONS, duration: seconds })

/**
 * The flood: each request a list across projects searched for a new word.
 * @param {string} base @param {number} seconds
 */
function flood(base, seconds) {
  /** @type {Record<number, number>} */
  const statuses = {}
  /** @type {Promise<autocannon.Result>} */
  const done = new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: base,
        connections: FLOOD_CONNECTIONS,
        duration: seconds,
        requests: [
          { setupRequest: (req) => ({ ...req, path: `/en/activities?q=${randomWord()}` }) },
        ],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    )
    instance.on('response', (_client, statusCode) => {
      statuses[statusCode] = (statuses[statusCode] ?? 0) + 1
    })
  })
  return { done, statuses }
}

/** @param {{ env: Record<string, string>, port?: number, nginxPort?: number }} options */
export async function run({ env, port = benchPort(3330, 30), nginxPort = benchPort(3331, 31) }) {
  const server = await startServer(port, env)
  const root = path.join(WORK, 'flood-html')
  rmSync(root, { recursive: true, force: true })
  let nginx
  try {
    await saveCopy(server.url, root, PAGE)
    nginx = await startNginx(root, nginxPort)
    await visitors(`${server.url}${PAGE}`, 3) // warm-up: JIT, caches
    const quiet = figures(await visitors(`${server.url}${PAGE}`, SECONDS))
    const nginxQuiet = figures(await visitors(`${nginx.url}${PAGE}`, SECONDS))
    const attack = flood(server.url, SECONDS + 2 * LEAD_SECONDS)
    await sleep(LEAD_SECONDS * 1000)
    const during = figures(await visitors(`${server.url}${PAGE}`, SECONDS))
    const flooded = { ...figures(await attack.done), byStatus: attack.statuses }
    const result = {
      page: PAGE,
      connections: { flood: FLOOD_CONNECTIONS, visitors: VISITOR_CONNECTIONS },
      seconds: SECONDS,
      quiet,
      nginxQuiet,
      during,
      flood: flooded,
    }
    writeResult('flood', result)
    console.log(
      `${PAGE}: p99 ${quiet.p99Ms} ms quiet, ${during.p99Ms} ms during the flood (nginx ${nginxQuiet.p99Ms} ms); flood answers ${JSON.stringify(attack.statuses)}`,
    )
    return result
  } finally {
    nginx?.stop()
    server.stop()
  }
}
