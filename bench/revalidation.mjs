// Revalidation latency: signed webhook → the activity page serves the new title (20 tries).
import { readFileSync, writeFileSync } from 'node:fs'
import { encodeSignatureHeader } from '@sanity/webhook'
import { BENCH_SECRET, benchPort, sleep, startServer, stats, writeResult } from './lib.mjs'

const TRIES = 20
const PAGE = '/en/projects/secure-borders-safe-migration/activities/national-census'
const change = {
  _id: 'activity.national-census',
  _type: 'activity',
  slug: 'national-census',
  projectSlug: 'secure-borders-safe-migration',
  clusterSlug: 'migration-data-management',
}

/**
 * Needs an app built with `env`, whose CONTENT_DATASET_PATH is `dataset` (see bench/run.mjs).
 * @param {{ env: Record<string, string>, dataset: string, port?: number }} options
 */
export async function run({ env, dataset, port = benchPort(3310, 10) }) {
  const server = await startServer(port, env)
  const original = readFileSync(dataset, 'utf8')
  const timings = []
  try {
    for (let i = 1; i <= TRIES; i++) {
      const title = `National census (bench ${i})`
      writeFileSync(dataset, original.replace(/"en": ?"National census"/, `"en": "${title}"`))
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
