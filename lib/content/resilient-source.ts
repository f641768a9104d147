import { memoryStore, type LastGoodStore } from './last-good-store'
import type { ContentSource } from './sources/types'

type Logger = Pick<Console, 'error' | 'info'>

/**
 * A query failed and no earlier result of it is known. Its stack is its one-line message: Next
 * logs the error of a failed render in full, and a query text with a client stack per failed
 * regeneration would bury what matters (which source, why).
 */
export class ContentUnavailableError extends Error {
  override name = 'ContentUnavailableError'
  constructor(message: string) {
    super(message)
    this.stack = `${this.name}: ${message}`
  }
}

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
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
        if (failures === 1) {
          log.error(
            `[content] ${source.kind} source failed: ${reason}. Serving the last good content; ` +
              'further failures are not logged until it recovers.',
          )
        }
        const lastGood = await store.get(key)
        if (lastGood !== undefined) return lastGood
        throw new ContentUnavailableError(
          `${source.kind} source failed (${reason}) and this query never succeeded before`,
        )
      }
    },
  }
}
