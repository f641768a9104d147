/**
 * What every content backend is wrapped in, in the app and in the tests alike:
 * - results are cleaned of characters no page or export may carry (below);
 * - a failing CMS answers with the last good result (`resilient`, further down).
 */
import { warnOnce } from '../schemas/validate'
import { memoryStore, type LastGoodStore } from './last-good-store'
import type { ContentBackend } from './types'

type Logger = Pick<Console, 'error' | 'info'>

export function withSafeguards(
  backend: ContentBackend,
  options: { log?: Logger; store?: LastGoodStore } = {},
): ContentBackend {
  return resilient(sanitizing(backend), options.log, options.store)
}

/*
 * Characters no page, CSV or XML file should carry: C0 controls other than tab, line feed and
 * carriage return (Word's soft line break is U+000B), the non-characters U+FFFE/U+FFFF, and lone
 * surrogates. XML 1.0 cannot hold any of them, so one of them makes an IATI file unreadable; on a
 * page they are invisible at best. They are removed once, where content enters the app (for both
 * backends alike), and each document that had some is logged.
 */

const ILLEGAL =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** The text without the characters above. */
export function withoutIllegalCharacters(text: string): string {
  return text.replace(ILLEGAL, '')
}

type Removal = { document: string; count: number }

function clean(value: unknown, owner: string, removals: Map<string, number>): unknown {
  if (typeof value === 'string') {
    const cleaned = withoutIllegalCharacters(value)
    if (cleaned.length !== value.length) {
      removals.set(owner, (removals.get(owner) ?? 0) + value.length - cleaned.length)
    }
    return cleaned
  }
  if (Array.isArray(value)) return value.map((item) => clean(item, owner, removals))
  if (value && typeof value === 'object') {
    const id: unknown = Reflect.get(value, '_id') ?? Reflect.get(value, 'id')
    const here = typeof id === 'string' ? id : owner
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, clean(item, here, removals)]),
    )
  }
  return value
}

/** A query result without illegal characters, and what was removed from which document. */
export function sanitize(value: unknown): { value: unknown; removals: Removal[] } {
  const removals = new Map<string, number>()
  const cleaned = clean(value, '(query result)', removals)
  return {
    value: cleaned,
    removals: [...removals].map(([document, count]) => ({ document, count })),
  }
}

/** A backend whose results never carry the characters above. */
function sanitizing(backend: ContentBackend): ContentBackend {
  return {
    kind: backend.kind,
    async fetch(query, params, options) {
      const { value, removals } = sanitize(await backend.fetch(query, params, options))
      for (const { document, count } of removals) {
        warnOnce(
          `[content] removed ${count} control or non-character code point(s) from ${document}`,
        )
      }
      return value
    },
  }
}

/**
 * A query failed and no earlier result of it is known. Its stack is its one-line message: Next
 * logs the error of a failed render in full, and a query text with a client stack per failed
 * regeneration would bury what matters (which backend, why).
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
export function resilient(
  backend: ContentBackend,
  log: Logger = console,
  store: LastGoodStore = memoryStore(LAST_GOOD_ENTRIES),
): ContentBackend {
  let failures = 0

  return {
    kind: backend.kind,
    async fetch(query, params, options) {
      const key = JSON.stringify([query, params, options?.preview ?? false])
      try {
        const result = await backend.fetch(query, params, options)
        await store.set(key, result)
        if (failures > 0) {
          log.info(
            `[content] ${backend.kind} backend recovered after ${failures} failed request(s)`,
          )
          failures = 0
        }
        return result
      } catch (error) {
        failures += 1
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
        if (failures === 1) {
          log.error(
            `[content] ${backend.kind} backend failed: ${reason}. Serving the last good content; ` +
              'further failures are not logged until it recovers.',
          )
        }
        const lastGood = await store.get(key)
        if (lastGood !== undefined) return lastGood
        throw new ContentUnavailableError(
          `${backend.kind} backend failed (${reason}) and this query never succeeded before`,
        )
      }
    },
  }
}
