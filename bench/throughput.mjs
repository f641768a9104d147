// Throughput and latency of generated pages under `next start`, side by side with nginx serving
// the very same HTML files (Debian's nginx on loopback), both measured by autocannon in one run;
// then filtered lists drawn at random from a few hundred filter combinations (search words
// included), each rendered once by the portal before the measure, 2xx answers only.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { get } from 'node:http'
import path from 'node:path'
import autocannon from 'autocannon'
import { WORK, benchPort, startServer, writeResult } from './lib.mjs'

export const PAGES = [
  '/en/projects/secure-borders-safe-migration',
  '/ka/projects/secure-borders-safe-migration',
  '/en/projects/secure-borders-safe-migration/clusters/migration-data-management',
  '/ka/projects/secure-borders-safe-migration/clusters/migration-data-management',
  '/en/projects/secure-borders-safe-migration/activities',
  '/ka/projects/secure-borders-safe-migration/activities',
  // A filtered list is rendered once, then kept (nginx serves a saved copy of the same HTML).
  '/en/projects/secure-borders-safe-migration/activities?cluster=integrated-border-management',
  '/ka/projects/secure-borders-safe-migration/activities?cluster=integrated-border-management',
]
const CONNECTIONS = 50
const SECONDS = 10
/** The lists whose filter combinations are measured, and how many distinct combinations. */
const LISTS = ['/en/projects/secure-borders-safe-migration/activities', '/ka/activities']
const COMBINATIONS = 300
/** Search words: some match titles, some match nothing (a visitor's typo, a random word). */
const WORDS = [
  'border',
  'migration',
  'census',
  'data',
  'police',
  'training',
  'საზღვ',
  'zzq',
  'xylo',
]

function ensureNginx() {
  if (existsSync('/usr/sbin/nginx')) return
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'ignore' })
  const installed = spawnSync('apt-get', ['install', '-y', '-qq', 'nginx-light'], {
    stdio: 'ignore',
  })
  if (installed.status !== 0)
    spawnSync('apt-get', ['install', '-y', '-qq', 'nginx'], { stdio: 'inherit' })
}

/** nginx serving the files under `root` on loopback; with `gzip`, compressing HTML on the fly. */
/** @param {string} root @param {number} port @param {{ gzip?: boolean }} [options] */
export async function startNginx(root, port, { gzip = false } = {}) {
  ensureNginx()
  const dir = path.join(WORK, 'nginx')
  mkdirSync(path.join(dir, 'logs'), { recursive: true })
  const conf = path.join(dir, 'nginx.conf')
  writeFileSync(
    conf,
    `worker_processes auto;
pid ${dir}/nginx.pid;
error_log ${dir}/logs/error.log warn;
daemon off;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  keepalive_requests 100000;
  default_type text/html;
  ${gzip ? 'gzip on; gzip_types text/html; gzip_vary on;' : ''}
  client_body_temp_path ${dir}/tmp-body;
  proxy_temp_path ${dir}/tmp-proxy;
  fastcgi_temp_path ${dir}/tmp-fastcgi;
  uwsgi_temp_path ${dir}/tmp-uwsgi;
  scgi_temp_path ${dir}/tmp-scgi;
  server {
    listen 127.0.0.1:${port};
    root ${root};
    location / { try_files "$uri$is_args$args/index.html" =404; }
  }
}
`,
  )
  const { spawn } = await import('node:child_process')
  const child = spawn('/usr/sbin/nginx', ['-c', conf, '-p', dir], {
    stdio: 'ignore',
    detached: true,
  })
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}${PAGES[0]}`)).ok) break
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => {
      if (child.pid) process.kill(-child.pid, 'SIGTERM')
    },
  }
}

/**
 * autocannon on one URL: requests per second and latency percentiles.
 * @param {string} url
 * @param {{ headers?: Record<string, string>, seconds?: number, paths?: string[] }} [options]
 * @returns {Promise<{ requestsPerSecond: number, okPerSecond: number, latencyP50: number, latencyP99: number, errors: number, non2xx: number }>}
 */
export function measure(url, { headers = {}, seconds = SECONDS, paths } = {}) {
  // With `paths`, each request asks for one of them at random.
  const requests = paths
    ? [{ setupRequest: (/** @type {any} */ req) => ({ ...req, path: pick(paths) }) }]
    : undefined
  return new Promise((resolve, reject) => {
    autocannon(
      { url, headers, connections: CONNECTIONS, duration: seconds, requests },
      (error, result) => {
        if (error) reject(error)
        else
          resolve({
            requestsPerSecond: Math.round(result.requests.average),
            // Refusals (429/503) are fast and would flatter the figure: only 2xx answers count.
            okPerSecond: Math.round((result['2xx'] ?? 0) / seconds),
            latencyP50: result.latency.p50,
            latencyP99: result.latency.p99,
            errors: result.errors,
            non2xx: result.non2xx,
          })
      },
    )
  })
}

/** @template T @param {T[]} items @returns {T} */
const pick = (items) => /** @type {T} */ (items[Math.floor(Math.random() * items.length)])

/**
 * `COMBINATIONS` distinct filtered addresses of the lists: the facets' values as the list page
 * offers them (cluster, status, organisation checkboxes; sort options), one or two at a time,
 * with or without a search word. Deterministic, so that every run measures the same set.
 * @param {string} base the portal's address
 */
export async function filterCombinations(base) {
  /** @type {string[]} */
  const urls = []
  for (const list of LISTS) {
    const html = await (await fetch(`${base}${list}`)).text()
    /** @type {[string, string][]} */
    const choices = [
      ...html.matchAll(/<input type="checkbox" name="(cluster|status|org)" value="([^"]+)"/g),
    ].map((m) => [m[1] ?? '', m[2] ?? ''])
    const sorts = [...html.matchAll(/<option value="(title|status)"/g)].map((m) => m[1] ?? '')
    /** @type {[string, string][]} */
    const facets = [['', ''], ...choices]
    for (const [i, [name, value]] of facets.entries()) {
      for (const [otherName, otherValue] of facets.slice(i + 1, i + 4)) {
        for (const word of ['', ...WORDS]) {
          for (const sort of ['', ...sorts]) {
            const search = new URLSearchParams()
            if (name) search.append(name, value)
            if (otherName) search.append(otherName, otherValue)
            if (word) search.append('q', word)
            if (sort) search.append('sort', sort)
            if (search.size) urls.push(`${list}?${search}`)
          }
        }
      }
    }
  }
  // Spread evenly over everything generated, both lists alike.
  const step = Math.max(1, Math.floor(urls.length / COMBINATIONS))
  return urls.filter((_, i) => i % step === 0).slice(0, COMBINATIONS)
}

/**
 * Measures the pages on an already built app (see bench/run.mjs for the build); `save: false`
 * leaves bench/results/throughput.json as it is (the scale suite keeps its own).
 */
export async function run({
  env = {},
  port = benchPort(3311, 11),
  nginxPort = benchPort(3312, 12),
  save = true,
} = {}) {
  const server = await startServer(port, env)
  const root = path.join(WORK, 'html')
  rmSync(root, { recursive: true, force: true })
  const results = []
  /** @type {Awaited<ReturnType<typeof measureFiltered>> | undefined} */
  let filtered
  let nginx
  try {
    for (const page of PAGES) await saveCopy(server.url, root, page)
    const combinations = await filterCombinations(server.url)
    // The first visit of each combination renders it (timed: the cost of a cold cache).
    const started = performance.now()
    for (const page of combinations) await saveCopy(server.url, root, page)
    const coldSeconds = (performance.now() - started) / 1000
    nginx = await startNginx(root, nginxPort)
    for (const page of PAGES) {
      await measure(`${server.url}${page}`) // warm-up: cache filled, JIT warm
      const next = await measure(`${server.url}${page}`)
      const static_ = await measure(`${nginx.url}${page}`)
      results.push({
        page,
        next,
        nginx: static_,
        ratio: Number((next.requestsPerSecond / static_.requestsPerSecond).toFixed(3)),
      })
      console.log(
        `${page}: next ${next.requestsPerSecond} req/s, nginx ${static_.requestsPerSecond} req/s`,
      )
    }
    filtered = await measureFiltered(server.url, nginx.url, combinations, coldSeconds)
  } finally {
    nginx?.stop()
    server.stop()
  }
  if (save)
    writeResult('throughput', { connections: CONNECTIONS, seconds: SECONDS, results, filtered })
  return { results, filtered }
}

/**
 * The body of a GET sent as autocannon sends it (no Accept-Encoding, which fetch would add): the
 * front cache keys answers by the encodings a client accepts, so the copy saved here is also the
 * entry the measurement then reads.
 * @param {string} url
 * @returns {Promise<string>}
 */
function plainGet(url) {
  return new Promise((resolve, reject) => {
    get(url, (response) => {
      const chunks = /** @type {Buffer[]} */ ([])
      response.on('data', (chunk) => chunks.push(chunk))
      response.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
      response.on('error', reject)
    }).on('error', reject)
  })
}

/**
 * Saves the portal's answer for `page` where nginx serves it (`<root><page>/index.html`).
 * @param {string} base @param {string} root @param {string} page
 */
export async function saveCopy(base, root, page) {
  const html = await plainGet(`${base}${page}`)
  mkdirSync(path.join(root, page), { recursive: true })
  writeFileSync(path.join(root, page, 'index.html'), html)
}

/**
 * The filtered lists at random, from the portal and from nginx.
 * @param {string} portal @param {string} nginx @param {string[]} paths @param {number} coldSeconds
 */
async function measureFiltered(portal, nginx, paths, coldSeconds) {
  const next = await measure(portal, { paths })
  const static_ = await measure(nginx, { paths })
  const ratio = Number((next.okPerSecond / static_.okPerSecond).toFixed(3))
  console.log(
    `${paths.length} filtered lists: next ${next.okPerSecond} 2xx/s (p99 ${next.latencyP99} ms), nginx ${static_.okPerSecond} 2xx/s; first visits ${(paths.length / coldSeconds).toFixed(1)}/s`,
  )
  return {
    combinations: paths.length,
    firstVisitsPerSecond: Number((paths.length / coldSeconds).toFixed(1)),
    next,
    nginx: static_,
    ratio,
  }
}
