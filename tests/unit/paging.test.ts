/** Paged lists (lib/site/paging.ts): one address per page, 404 for anything else. */
import { PAGE_QUERY_PARAMS } from '@/lib/http/query-params'
import { FILTER_PARAMS, cleanListSearch, filteredListRewrites } from '@/lib/reporting/filter-params'
import { pageOf, withPage } from '@/lib/site/paging'

const items = Array.from({ length: 25 }, (_, i) => i)

describe('paged lists', () => {
  it('give the first page without a parameter, and the last one partly filled', () => {
    expect(pageOf(items, {}, 10)).toEqual({ items: items.slice(0, 10), page: 1, pages: 3 })
    expect(pageOf(items, { page: '3' }, 10)).toEqual({
      items: [20, 21, 22, 23, 24],
      page: 3,
      pages: 3,
    })
  })

  it('have one page when empty or short', () => {
    expect(pageOf([], {}, 10)).toEqual({ items: [], page: 1, pages: 1 })
    expect(pageOf(items, {}, 100)?.pages).toBe(1)
  })

  it('answer nothing (a 404) for what is not a page of the list', () => {
    for (const page of ['0', '4', '02', '-1', 'x', '1.5', '', '9999999']) {
      expect(pageOf(items, { page }, 10)).toBeNull()
    }
    expect(pageOf(items, { page: ['1', '2'] }, 10)).toBeNull()
  })

  it('link pages with the list’s other parameters, the first page without `page`', () => {
    expect(withPage('', 2)).toBe('?page=2')
    expect(withPage('?q=census&status=ongoing', 3)).toBe('?q=census&status=ongoing&page=3')
    expect(withPage('?q=census&page=3', 1)).toBe('?q=census')
    expect(withPage('', 1)).toBe('')
  })

  it('drop `page=1` from a list URL (its first page has one address)', () => {
    expect(cleanListSearch({ page: '1', q: 'x' })).toBe('?q=x')
    expect(cleanListSearch({ page: '2' })).toBe('?page=2')
  })

  it('are rendered per request and kept by the proxy', () => {
    expect(PAGE_QUERY_PARAMS.filter((p) => p === FILTER_PARAMS.page)).toHaveLength(1)
    const paged = filteredListRewrites(['ka', 'en']).filter((rewrite) =>
      rewrite.has.some((condition) => condition.key === FILTER_PARAMS.page),
    )
    expect(paged.map((rewrite) => rewrite.destination).sort()).toEqual([
      '/:locale/filtered-activities',
      '/:locale/paged-projects',
      '/:locale/projects/:project/filtered-activities',
    ])
  })
})
