import type { SearchParams } from './filters'

/** The query string of a request's search params ("" when there are none), e.g. for a redirect. */
export function searchString(params: SearchParams): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      search.append(key, item)
    }
  }
  const text = search.toString()
  return text ? `?${text}` : ''
}
