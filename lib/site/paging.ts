/**
 * Paged lists: which slice of a list a `?page=N` value asks for. Lists that grow with the content
 * (the projects, the activity lists) show a fixed number of items a page, so a page costs the
 * same at 1 project and at 1,000. The parameter is the lists' `page` (FILTER_PARAMS.page), one
 * of the parameters the proxy keeps (lib/http/query-params.ts).
 */
import { FILTER_PARAMS } from '@/lib/reporting/filter-params'

/** Projects per page of the project list. */
export const PROJECTS_PAGE_SIZE = 24
/** Rows per page of an activity list (a project has 24 in the seed: one page). */
export const ACTIVITIES_PAGE_SIZE = 100

export type Paged<T> = { items: T[]; page: number; pages: number }

type RawParams = Record<string, string | string[] | undefined>

/**
 * The page of `items` the URL's `page` asks for, or null when it is not a page of the list (not a
 * number, a leading zero, several values, or past the last page: the list then answers 404, so
 * that each page has one address and the cache stays bounded). No `page`: the first.
 */
export function pageOf<T>(items: T[], params: RawParams, size: number): Paged<T> | null {
  const raw = params[FILTER_PARAMS.page]
  const pages = Math.max(1, Math.ceil(items.length / size))
  if (raw === undefined) return { items: items.slice(0, size), page: 1, pages }
  if (Array.isArray(raw) || !/^[1-9]\d{0,5}$/.test(raw)) return null
  const page = Number(raw)
  if (page > pages) return null
  return { items: items.slice((page - 1) * size, page * size), page, pages }
}

/**
 * The query string of page `page` of a list whose other parameters are `search` ('' or
 * '?a=b…'): the first page has no `page`, so it keeps the list's own address.
 */
export function withPage(search: string, page: number): string {
  const params = new URLSearchParams(search)
  params.delete(FILTER_PARAMS.page)
  if (page > 1) params.set(FILTER_PARAMS.page, String(page))
  const text = params.toString()
  return text ? `?${text}` : ''
}
