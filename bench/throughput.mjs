// Throughput and latency of generated pages under `next start`, side by side with nginx serving
// the very same HTML files (Debian's nginx on loopback), both measured by autocannon in one run.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
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
  // A filtered list is rendered per request (nginx serves a saved copy of the same HTML).
  '/en/projects/secure-borders-safe-migration/activities?cluster=integrated-border-management',
  '/ka/projects/secure-borders-safe-migration/activities?cluster=integrated-border-management',
]
const CONNECTIONS = 50
const SECONDS = 10

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
 * @param {{ headers?: Record<string, string>, seconds?: number }} [options]
 * @returns {Promise<{ requestsPerSecond: number, latencyP50: number, latencyP99: number, errors: number, non2xx: number }>}
 */
export function measure(url, { headers = {}, seconds = SECONDS } = {}) {
  return new Promise((resolve, reject) => {
    autocannon({ url, headers, connections: CONNECTIONS, duration: seconds }, (error, result) => {
      if (error) reject(error)
      else
        resolve({
          requestsPerSecond: Math.round(result.requests.average),
          latencyP50: result.latency.p50,
          latencyP99: result.latency.p99,
          errors: result.errors,
          non2xx: result.non2xx,
        })
    })
  })
}

/** Measures the pages on an already built app (see bench/run.mjs for the build). */
export async function run({
  env = {},
  port = benchPort(3311, 11),
  nginxPort = benchPort(3312, 12),
} = {}) {
  const server = await startServer(port, env)
  const root = path.join(WORK, 'html')
  rmSync(root, { recursive: true, force: true })
  const results = []
  let nginx
  try {
    for (const page of PAGES) {
      const html = await (await fetch(`${server.url}${page}`)).text()
      mkdirSync(path.join(root, page), { recursive: true })
      writeFileSync(path.join(root, page, 'index.html'), html)
    }
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
  } finally {
    nginx?.stop()
    server.stop()
  }
  writeResult('throughput', { connections: CONNECTIONS, seconds: SECONDS, results })
  return results
}
