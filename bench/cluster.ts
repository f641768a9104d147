// The scale-out deployment (`npm run cluster`) under load: Varnish in front of two instances
// sharing a Redis, next to nginx serving the same HTML files, with and without gzip; webhook →
// fresh page through the proxy, with the purge and with a 1-second micro-cache instead; fault
// runs, one instance killed under load (bench/cluster-faults.ts).
// Run by bench/run.mjs in its own process (tsx), on the build it made in .next-bench;
// `npx tsx bench/cluster.ts --only=faults [--dist=.next-x]` runs the fault runs alone.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { startCluster, type Cluster } from '../scripts/cluster/start'
import { faultRuns } from './cluster-faults'
import {
  BENCH_SECRET,
  FRESHNESS_PAGE,
  WORK,
  sleep,
  stats,
  webhookToFreshPage,
  writeResult,
} from './lib.mjs'
import { PAGES, measure, startNginx } from './throughput.mjs'

const SECONDS = 5
const TRIES = 20
const GZIP = { 'accept-encoding': 'gzip' }

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1]
const port = Number(arg('port') ?? 3320)
const distDir = arg('dist') ?? '.next-bench'
const dataset = path.join(WORK, 'dataset.ndjson')
const env = { CONTENT_DATASET_PATH: dataset, SANITY_REVALIDATE_SECRET: BENCH_SECRET }
type Measured = Awaited<ReturnType<typeof measure>>

const ratio = (a: Measured, b: Measured) =>
  Number((a.requestsPerSecond / b.requestsPerSecond).toFixed(3))

async function throughput(cluster: Cluster) {
  const root = path.join(WORK, 'cluster-html')
  rmSync(root, { recursive: true, force: true })
  for (const page of PAGES) {
    const html = await (await fetch(`${cluster.proxyUrl}${page}`)).text()
    mkdirSync(path.join(root, page), { recursive: true })
    writeFileSync(path.join(root, page, 'index.html'), html)
  }
  const nginx = await startNginx(root, port + 5, { gzip: true })
  const results = []
  try {
    for (const page of PAGES) {
      await measure(`${cluster.proxyUrl}${page}`, { seconds: 2 }) // warm-up: both variants cached
      await measure(`${cluster.proxyUrl}${page}`, { seconds: 2, headers: GZIP })
      const proxy = await measure(`${cluster.proxyUrl}${page}`, { seconds: SECONDS })
      const nginxPlain = await measure(`${nginx.url}${page}`, { seconds: SECONDS })
      const proxyGzip = await measure(`${cluster.proxyUrl}${page}`, {
        seconds: SECONDS,
        headers: GZIP,
      })
      const nginxGzip = await measure(`${nginx.url}${page}`, { seconds: SECONDS, headers: GZIP })
      results.push({
        page,
        plain: { proxy, nginx: nginxPlain, ratio: ratio(proxy, nginxPlain) },
        gzip: { proxy: proxyGzip, nginx: nginxGzip, ratio: ratio(proxyGzip, nginxGzip) },
      })
      console.log(
        `${page}: proxy ${proxy.requestsPerSecond} / nginx ${nginxPlain.requestsPerSecond} req/s; ` +
          `gzip: proxy ${proxyGzip.requestsPerSecond} / nginx ${nginxGzip.requestsPerSecond} req/s`,
      )
    }
  } finally {
    nginx.stop()
  }
  // One instance on its own (past the proxy), reading the shared cache in Redis.
  const instance = await measure(`${cluster.instanceUrls[0]}${PAGES[0]}`, { seconds: SECONDS })
  console.log(`instance alone (Redis cache) ${PAGES[0]}: ${instance.requestsPerSecond} req/s`)
  return { results, instance: { page: PAGES[0], ...instance } }
}

/** Signed webhook through the proxy → the proxy serves the new title; milliseconds per try. */
async function freshness(cluster: Cluster) {
  const original = readFileSync(dataset, 'utf8')
  const timings: number[] = []
  try {
    for (let i = 1; i <= TRIES; i++) {
      // Cached at the proxy before the change, as a visited page is.
      await fetch(`${cluster.proxyUrl}${FRESHNESS_PAGE}`).then((r) => r.arrayBuffer())
      const title = `National census (cluster bench ${i})`
      timings.push(
        await webhookToFreshPage({ baseUrl: cluster.proxyUrl, dataset, original, title }),
      )
      await sleep(100 + Math.random() * 900) // spread the tries over the micro-cache's second
    }
  } finally {
    writeFileSync(dataset, original)
  }
  return { ms: timings, summary: stats(timings) }
}

async function withCluster<T>(
  options: { purge: boolean; proxyTtlSeconds?: number },
  run: (c: Cluster) => Promise<T>,
) {
  const cluster = await startCluster({ port, distDir, env, ...options })
  try {
    return await run(cluster)
  } finally {
    await cluster.stop()
  }
}

/** Fault runs on a cluster of their own: they kill and restart an instance. */
async function faults() {
  const result = await withCluster({ purge: true }, faultRuns)
  writeResult('cluster-faults', result)
}

async function main() {
  if (arg('only') === 'faults') return faults()
  const measured = await withCluster({ purge: true }, async (cluster) => ({
    throughput: await throughput(cluster),
    purge: await freshness(cluster),
  }))
  // The alternative to purging: no BAN, pages kept one second at the proxy.
  const microCache = await withCluster({ purge: false, proxyTtlSeconds: 1 }, freshness)
  for (const [name, result] of [
    ['purge', measured.purge],
    ['1 s micro-cache', microCache],
  ] as const) {
    console.log(
      `webhook → fresh page through the proxy (${name}): median ${result.summary.median} ms, worst ${result.summary.max} ms`,
    )
  }
  writeResult('cluster', {
    connections: 50,
    seconds: SECONDS,
    ...measured.throughput,
    freshness: {
      page: FRESHNESS_PAGE,
      tries: TRIES,
      purge: measured.purge,
      microCache1s: microCache,
    },
  })
  await faults()
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
