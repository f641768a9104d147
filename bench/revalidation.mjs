// Revalidation latency: signed webhook → the activity page serves the new title (20 tries).
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { encodeSignatureHeader } from '@sanity/webhook'
import { BENCH_SECRET, ROOT, WORK, build, sleep, startServer, stats, writeResult } from './lib.mjs'

const TRIES = 20
const PAGE = '/en/projects/secure-borders-safe-migration/activities/national-census'
const change = {
  _id: 'activity.national-census',
  _type: 'activity',
  slug: 'national-census',
  projectSlug: 'secure-borders-safe-migration',
  clusterSlug: 'migration-data-management',
}

export async function run({ port = 3310 } = {}) {
  mkdirSync(WORK, { recursive: true })
  const dataset = path.join(WORK, 'revalidation.ndjson')
  copyFileSync(path.join(ROOT, 'sanity/seed/production.ndjson'), dataset)
  const env = { CONTENT_DATASET_PATH: dataset, SANITY_REVALIDATE_SECRET: BENCH_SECRET }
  build(env)
  const server = await startServer(port, env)
  const original = readFileSync(dataset, 'utf8')
  const timings = []
  try {
    for (let i = 1; i <= TRIES; i++) {
      const title = `National census (bench ${i})`
      writeFileSync(dataset, original.replace('"en":"National census"', `"en":"${title}"`))
      const body = JSON.stringify(change)
      const started = performance.now()
      const response = await fetch(`${server.url}/api/revalidate`, {
        method: 'POST',
        body,
        headers: {
          'content-type': 'application/json',
          'sanity-webhook-signature': await encodeSignatureHeader(body, Date.now(), BENCH_SECRET),
        },
      })
      if (response.status !== 200) throw new Error(`webhook answered ${response.status}`)
      for (;;) {
        const html = await (await fetch(`${server.url}${PAGE}`)).text()
        if (html.includes(title)) break
        if (performance.now() - started > 30_000) throw new Error('page never refreshed')
        await sleep(10)
      }
      timings.push(Math.round(performance.now() - started))
    }
  } finally {
    server.stop()
    writeFileSync(dataset, original)
  }
  const summary = stats(timings)
  writeResult('revalidation', { page: PAGE, tries: TRIES, ms: timings, summary })
  return { summary }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { summary } = await run()
  console.log(
    `webhook → fresh page: median ${summary.median} ms, worst ${summary.max} ms (n=${summary.n})`,
  )
}
