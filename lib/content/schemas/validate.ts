/**
 * Validation with a log line instead of an exception: one broken document is reported once, with
 * its id and what is wrong, and left out; the rest of the page renders.
 */
import type { z } from 'zod'

export type Logger = Pick<Console, 'warn'>

function idOf(item: unknown): string {
  if (item && typeof item === 'object') {
    for (const key of ['id', '_id']) {
      const value: unknown = Reflect.get(item, key)
      if (typeof value === 'string') return value
    }
  }
  return '(missing)'
}

const REPEAT_AFTER_MS = 60 * 60 * 1000
const MAX_REMEMBERED = 1000
const lastLogged = new Map<string, number>()

/**
 * Logs a skipped document. The same line is written at most once an hour: one broken document is
 * seen by every page and list that reads it, and per-request pages read it on every request.
 */
export function reportSkipped(what: string, item: unknown, problem: string, log: Logger = console) {
  warnOnce(`[content] skipped ${what} ${idOf(item)}: ${problem}`, log)
}

/** Writes a content warning, at most once an hour for the same line (see `reportSkipped`). */
export function warnOnce(line: string, log: Logger = console) {
  const now = Date.now()
  const last = lastLogged.get(line)
  if (last !== undefined && now - last < REPEAT_AFTER_MS) return
  if (lastLogged.size >= MAX_REMEMBERED) lastLogged.clear()
  lastLogged.set(line, now)
  log.warn(line)
}

/** Forgets what was logged (tests that count log lines start from nothing). */
export function resetSkippedLog() {
  lastLogged.clear()
}

function describe(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.join('.') || '(document)'}: ${issue.message}`)
    .join('; ')
}

/** Every valid item of a list; each invalid one is logged and left out. */
export function validItems<S extends z.ZodType>(
  schema: S,
  items: unknown,
  what: string,
  { reportMissing = false } = {},
): z.output<S>[] {
  if (!Array.isArray(items)) return []
  return items.flatMap((item) => {
    if (item === null || item === undefined) {
      // A dangling reference: the document it points to does not exist (or is unpublished).
      if (reportMissing) reportSkipped(what, null, 'it refers to a document that does not exist')
      return []
    }
    const result = schema.safeParse(item)
    if (result.success) return [result.data]
    reportSkipped(what, item, describe(result.error))
    return []
  })
}

/** One document, or null when it is missing or invalid (logged; the page then 404s). */
export function validItem<S extends z.ZodType>(
  schema: S,
  item: unknown,
  what: string,
): z.output<S> | null {
  if (item === null || item === undefined) return null
  const result = schema.safeParse(item)
  if (result.success) return result.data
  reportSkipped(what, item, describe(result.error))
  return null
}
