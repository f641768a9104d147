/**
 * Impossible dates (an end before its start) are handled the same way wherever a date is shown or
 * exported: the end is treated as not recorded, and the problem is logged once per document. The
 * Studio refuses such dates; this catches data that went around it.
 */
import { endOfPartialDate } from '../vocabulary'

const reported = new Set<string>()
const MAX_REPORTED = 1000

function reportOnce(id: string, field: string, value: string, start: string) {
  const key = `${id}:${field}:${value}:${start}`
  if (reported.has(key)) return
  if (reported.size >= MAX_REPORTED) reported.clear()
  reported.add(key)
  console.warn(`[content] ignored ${field} ${value} of ${id}: it is before the start date ${start}`)
}

/** The end date, or null when it lies before the start (partial dates count to their last day). */
export function possibleEnd(
  id: string,
  field: string,
  start: string | null | undefined,
  end: string | null | undefined,
): string | null {
  if (!end) return null
  if (start && endOfPartialDate(end) < start) {
    reportOnce(id, field, end, start)
    return null
  }
  return end
}
