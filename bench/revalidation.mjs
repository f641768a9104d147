// Revalidation latency: signed webhook → the activity page serves the new title (20 tries).
import { readFileSync, writeFileSync } from 'node:fs'
import {
  benchPort,
  FRESHNESS_PAGE,
  startServer,
  stats,
  webhookToFreshPage,
  writeResult,
} from './lib.mjs'

const TRIES = 20

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
      timings.push(await webhookToFreshPage({ baseUrl: server.url, dataset, original, title }))
    }
  } finally {
    server.stop()
    writeFileSync(dataset, original)
  }
  const summary = stats(timings)
  writeResult('revalidation', { page: FRESHNESS_PAGE, tries: TRIES, ms: timings, summary })
  return { summary }
}
