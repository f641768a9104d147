import { TEXT_LIMITS } from '../../lib/content/limits'

/**
 * The slug history after publishing: the slug being replaced joins it (so its address redirects
 * to the new one), the new slug leaves it (an editor may go back to an older slug), the oldest
 * go beyond the limit. Null when nothing changes.
 */
export function slugHistoryAfterPublish(
  history: readonly string[],
  publishedSlug: string | undefined,
  newSlug: string | undefined,
): string[] | null {
  if (!publishedSlug || !newSlug || publishedSlug === newSlug) return null
  const next = [
    ...history.filter((slug) => slug !== publishedSlug && slug !== newSlug),
    publishedSlug,
  ]
  return next.slice(-TEXT_LIMITS.previousSlugs)
}
