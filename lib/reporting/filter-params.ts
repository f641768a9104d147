import { DEFAULT_SORT, FILTER_PARAMS } from '../http/query-params.mjs'

/** The lists' parameters and default order, declared once in lib/http/query-params.mjs. */
export { DEFAULT_SORT, FILTER_PARAMS }

type RawParams = Record<string, string | string[] | undefined>

/** A value a list URL leaves out: an empty one, the default sort, the first page. */
function isDefault(key: string, value: string): boolean {
  return (
    value.trim() === '' ||
    (key === FILTER_PARAMS.sort && value === DEFAULT_SORT) ||
    (key === FILTER_PARAMS.page && value === '1')
  )
}

/**
 * A list URL's query without empty values, the default sort and `page=1`. A plain GET form sends
 * every field (`?q=&sort=order`); this is the URL the same list should have. Other parameters,
 * unknown values included (the page reports those), are kept in their order.
 */
export function cleanListSearch(params: RawParams | URLSearchParams): string {
  const entries =
    params instanceof URLSearchParams
      ? [...params.entries()]
      : Object.entries(params).flatMap(([key, raw]) =>
          (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).map((v) => [key, v] as const),
        )
  const search = new URLSearchParams()
  for (const [key, value] of entries) {
    if (isDefault(key, value)) continue
    search.append(key, value)
  }
  const text = search.toString()
  return text ? `?${text}` : ''
}

/** Whether a list URL carries an empty value or the default sort (and `cleanListSearch` differs). */
export function needsCleaning(params: RawParams): boolean {
  return Object.entries(params).some(([key, raw]) =>
    (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).some((value) =>
      isDefault(key, value),
    ),
  )
}

type QueryRewrite = { source: string; destination: string; has: { type: 'query'; key: string }[] }

/**
 * Rewrites (before the file system) that send a list URL with filters to its per-request route.
 * `has` conditions are evaluated by Next's router, so the generated list costs nothing extra. The
 * `filtered-activities` routes sit beside the lists, not under them, so that no activity slug
 * (`activities/[activity]`) can collide with them.
 */
export function filteredListRewrites(locales: readonly string[]): QueryRewrite[] {
  const locale = `:locale(${locales.join('|')})`
  const lists = [
    {
      source: `/${locale}/projects/:project/activities`,
      destination: '/:locale/projects/:project/filtered-activities',
    },
    { source: `/${locale}/activities`, destination: '/:locale/filtered-activities' },
  ]
  // The project list has no filters, only pages.
  const projects = { source: `/${locale}/projects`, destination: '/:locale/paged-projects' }
  const when = (key: string): QueryRewrite['has'] => [{ type: 'query', key }]
  return [
    ...lists.flatMap((list) =>
      Object.values(FILTER_PARAMS).map((key) => ({ ...list, has: when(key) })),
    ),
    { ...projects, has: when(FILTER_PARAMS.page) },
  ]
}
