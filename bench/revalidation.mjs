// Revalidation latency: signed webhook → the activity page serves the new title (20 tries).
import { readFileSync, writeFileSync } from 'node:fs'
import { benchPort, startServer, stats, webhookToFreshPage, writeResult } from './lib.mjs'

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
      timings.push(
        await webhookToFreshPage({
          baseUrl: server.url,
          dataset,
          original,
          change,
          page: PAGE,
          title,
        }),
      )
    }
  } finally {
    server.stop()
    writeFileSync(dataset, original)
  }
  const summary = stats(timings)
  writeResult('revalidation', { page: PAGE, tries: TRIES, ms: timings, summary })
  return { summary }
}
