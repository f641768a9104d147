/**
 * How the site lists updates: the page size of the updates list, its `?page=N` parameter, the
 * home page's and feed's counts, and which updates name a page.
 */
import type { UpdateListItem } from '@/lib/content/schemas'
import type { UpdateSchedule } from '@/lib/content/schemas/routes'
import { routing, type Locale } from '@/lib/i18n/routing'
import { FILTER_PARAMS } from '@/lib/reporting/filter-params'

/** The updates list's one query parameter: the page number (`?page=2`), like the other lists'. */
export const UPDATES_PAGE_PARAM = FILTER_PARAMS.page

/** Updates per page of the updates list. */
export const UPDATES_PAGE_SIZE = 10
/** The home page shows the latest few. */
export const HOME_UPDATES = 3
/** The feed holds the latest entries (feed readers keep older ones). */
export const FEED_ENTRIES = 20

export type UpdatesPage = { items: UpdateListItem[]; page: number; pages: number }

/**
 * The page of the list a `?page=` value asks for. `redirect`: the same page's one URL (no
 * parameter for page 1, no other parameters, no leading zeros), so that every page of the list has
 * exactly one address and the cache stays bounded; `missing`: not a page number, or past the last
 * page (the language's 404).
 */
export function updatesPage(
  updates: UpdateListItem[],
  search: Record<string, string | string[] | undefined>,
):
  | { status: 'found'; page: UpdatesPage }
  | { status: 'redirect'; page: number }
  | { status: 'missing' } {
  const raw = search[UPDATES_PAGE_PARAM]
  const pages = Math.max(1, Math.ceil(updates.length / UPDATES_PAGE_SIZE))
  if (Array.isArray(raw) || (raw !== undefined && !/^\d{1,6}$/.test(raw)))
    return { status: 'missing' }
  const page = raw === undefined ? 1 : Number(raw)
  if (page < 1 || page > pages) return { status: 'missing' }
  if (pageSearch(page) !== searchOf(search)) return { status: 'redirect', page }
  const start = (page - 1) * UPDATES_PAGE_SIZE
  return {
    status: 'found',
    page: { items: updates.slice(start, start + UPDATES_PAGE_SIZE), page, pages },
  }
}

/** The query string of a page of the list ('' for the first). */
export function pageSearch(page: number): string {
  return page > 1 ? `?${UPDATES_PAGE_PARAM}=${page}` : ''
}

function searchOf(search: Record<string, string | string[] | undefined>): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(search)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      params.append(key, item)
    }
  }
  const text = params.toString()
  return text ? `?${text}` : ''
}

/** The updates that name a project (by its id) or any of the given activities. */
export function updatesNaming(
  updates: UpdateListItem[],
  named: { project?: string; activities?: string[] },
): UpdateListItem[] {
  const activities = new Set(named.activities ?? [])
  return updates.filter(
    (update) =>
      (named.project !== undefined && update.project === named.project) ||
      update.activities.some((id) => activities.has(id)),
  )
}

/**
 * Every update out now with the languages it is out in (the sitemap: an update written in one
 * language is listed in that one only). The sitemap is regenerated hourly, so a scheduled update
 * joins it within the hour after it comes out.
 */
export function updatePages(updates: UpdateSchedule) {
  const byId = new Map<string, { slug: string; updatedAt: string; languages: Locale[] }>()
  for (const locale of routing.locales) {
    for (const update of updates.visible(locale)) {
      const entry = byId.get(update.id) ?? {
        slug: update.slug,
        updatedAt: update.updatedAt,
        languages: [],
      }
      entry.languages.push(locale)
      byId.set(update.id, entry)
    }
  }
  return [...byId.values()]
}
