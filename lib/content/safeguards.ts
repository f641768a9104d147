import type { LastGoodStore } from './last-good-store'
import { resilientSource } from './resilient-source'
import { sanitizingSource } from './sanitize'
import type { ContentSource } from './sources/types'

/**
 * What every content source is wrapped in, in the app and in the tests alike: results are cleaned
 * of characters no page or export may carry, and a failing CMS answers with the last good result.
 */
export function withSafeguards(
  source: ContentSource,
  options: { log?: Pick<Console, 'error' | 'info'>; store?: LastGoodStore } = {},
): ContentSource {
  return resilientSource(sanitizingSource(source), options.log, options.store)
}
