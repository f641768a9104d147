import { memoryStore, type LastGoodStore } from './last-good-store'
import type { ContentSource } from './sources/types'

type Logger = Pick<Console, 'error' | 'info'>

/** How many distinct query results are remembered as "last known good" (a page needs 1–4). */
export const LAST_GOOD_ENTRIES = 2000

/**
 * Keeps the site up while the CMS is down, slow or failing:
 * - a failed query answers with the last good result of the same query and params (kept in
 *   `store`, on disk in production so it outlives restarts), so page regeneration succeeds with
 *   the content visitors already see (no error, no 500);
 * - the failure is logged once per episode (first failure, then the recovery), not per request;
 * - a query that never succeeded anywhere still fails, and Next keeps serving the page it has.
 */
export function resilientSource(
  source: ContentSource,
  log: Logger = console,
  store: LastGoodStore = memoryStore(LAST_GOOD_ENTRIES),
): ContentSource {
  let failures = 0

  return {
    kind: source.kind,
    async fetch(query, params, options) {
      const key = JSON.stringify([query, params, options?.preview ?? false])
      try {
        const result = await source.fetch(query, params, options)
        await store.set(key, result)
        if (failures > 0) {
          log.info(`[content] ${source.kind} source recovered after ${failures} failed request(s)`)
          failures = 0
        }
        return result
      } catch (error) {
        failures += 1
        if (failures === 1) {
          const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
          log.error(
            `[content] ${source.kind} source failed: ${reason}. Serving the last good content; ` +
              'further failures are not logged until it recovers.',
          )
        }
        const lastGood = await store.get(key)
        if (lastGood !== undefined) return lastGood
        throw error
      }
    },
  }
}
