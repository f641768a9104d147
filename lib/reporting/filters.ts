import { STATUS_VALUES, isOneOf, type Status } from '@/lib/content/vocabulary'
import { DEFAULT_SORT, FILTER_PARAMS } from './filter-params'

export const SORTS = [DEFAULT_SORT, 'title', 'status'] as const
export type Sort = (typeof SORTS)[number]

/**
 * A list filters by the status its rows show: an activity's own, else its project's, which is
 * always known (recorded or derived from the dates), so no row is without one.
 */
export type StatusFilter = Status
export const STATUS_FILTER_VALUES: readonly StatusFilter[] = STATUS_VALUES

export type ActivityFilters = {
  projects: string[]
  clusters: string[]
  statuses: StatusFilter[]
  organizations: string[]
  query: string
  sort: Sort
}

export type FilterNotice = { param: string; value: string }

export type SearchParams = Record<string, string | string[] | undefined>

/** What the URL may name: the slugs and values that exist in the data being filtered. */
export type FilterOptions = { projects: string[]; clusters: string[]; organizations: string[] }

/** The longest search the list reads (the search box's `maxLength`); longer ones are cut. */
export const MAX_QUERY_LENGTH = 200
const MAX_VALUES = 50

function paramValues(params: SearchParams, name: string): string[] {
  const raw = params[name]
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]
  return [...new Set(list.map((value) => value.trim()).filter(Boolean))].slice(0, MAX_VALUES)
}

/**
 * Reads filters from the URL. Values that do not exist are dropped and reported as notices (the
 * page says they were ignored); nothing in the URL can make the page fail.
 */
export function parseFilters(
  params: SearchParams,
  options: FilterOptions,
): { filters: ActivityFilters; notices: FilterNotice[] } {
  const notices: FilterNotice[] = []
  function allowedValues<T extends string>(name: string, allowed: readonly T[]): T[] {
    return paramValues(params, name).filter((value): value is T => {
      const ok = isOneOf(allowed, value)
      if (!ok) notices.push({ param: name, value: value.slice(0, 60) })
      return ok
    })
  }
  const sortValue = paramValues(params, FILTER_PARAMS.sort)[0]
  let sort: Sort = DEFAULT_SORT
  if (sortValue !== undefined) {
    if (isOneOf(SORTS, sortValue)) sort = sortValue
    else notices.push({ param: FILTER_PARAMS.sort, value: sortValue.slice(0, 60) })
  }
  const query = (paramValues(params, FILTER_PARAMS.query)[0] ?? '').slice(0, MAX_QUERY_LENGTH)
  return {
    filters: {
      projects: allowedValues(FILTER_PARAMS.project, options.projects),
      clusters: allowedValues(FILTER_PARAMS.cluster, options.clusters),
      statuses: allowedValues(FILTER_PARAMS.status, STATUS_FILTER_VALUES),
      organizations: allowedValues(FILTER_PARAMS.organization, options.organizations),
      query,
      sort,
    },
    notices,
  }
}

/** The URL search string of a set of filters (defaults left out, so URLs stay short). */
export function filtersToSearch(filters: ActivityFilters): string {
  const search = new URLSearchParams()
  for (const project of filters.projects) search.append(FILTER_PARAMS.project, project)
  for (const cluster of filters.clusters) search.append(FILTER_PARAMS.cluster, cluster)
  for (const status of filters.statuses) search.append(FILTER_PARAMS.status, status)
  for (const organization of filters.organizations)
    search.append(FILTER_PARAMS.organization, organization)
  if (filters.query) search.set(FILTER_PARAMS.query, filters.query)
  if (filters.sort !== DEFAULT_SORT) search.set(FILTER_PARAMS.sort, filters.sort)
  const text = search.toString()
  return text ? `?${text}` : ''
}
