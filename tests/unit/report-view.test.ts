import { collatorFor } from '@/lib/i18n/format'
import { FILTER_PARAMS, cleanListSearch, needsCleaning } from '@/lib/reporting/filter-params'
import { MAX_QUERY_LENGTH, SORTS } from '@/lib/reporting/filters'
import { activityReportView } from '@/lib/reporting/view-model'
import { reportData } from '../support/report-data'

describe('the activity list view-model', () => {
  it('offers only filter groups with a choice: one project and one status give none', async () => {
    const view = activityReportView(await reportData('en'), collatorFor('en'))
    expect(view.facets.map((facet) => facet.kind)).toEqual(['cluster', 'organization'])
    expect(view.manyProjects).toBe(false)
  })

  it('lists clusters in project order with the count each would give', async () => {
    const view = activityReportView(
      await reportData('en', { org: 'ministry-of-internal-affairs' }),
      collatorFor('en'),
    )
    const clusters = view.facets.find((facet) => facet.kind === 'cluster')!
    expect(clusters.param).toBe(FILTER_PARAMS.cluster)
    expect(clusters.options.map((o) => [o.item.order, o.item.shortTitle.value, o.count])).toEqual([
      [1, 'Integrated border management', 2],
      [2, 'Irregular migration and cross-border crime', 2],
      [3, 'Reintegration of returned migrants', 0],
      [4, 'Migration data management', 0],
    ])
    const organizations = view.facets.find((facet) => facet.kind === 'organization')!
    expect(organizations.options.find((o) => o.selected)?.value).toBe(
      'ministry-of-internal-affairs',
    )
  })

  it.each(['en', 'ka'] as const)('sorts organisations with the %s collator', async (locale) => {
    const collator = collatorFor(locale)
    const view = activityReportView(await reportData(locale), collator)
    const names = view.facets
      .find((facet) => facet.kind === 'organization')!
      .options.map((o) => o.item.name.value)
    expect(names.length).toBeGreaterThan(3)
    expect(names).toEqual([...names].sort(collator.compare))
  })

  it('describes the filters in force, each with the URL of the list without it', async () => {
    const view = activityReportView(
      await reportData('en', {
        cluster: ['integrated-border-management', 'migration-data-management'],
        q: 'census',
      }),
      collatorFor('en'),
    )
    expect(view.applied.map((filter) => [filter.kind, filter.value, filter.removeSearch])).toEqual([
      ['cluster', 'integrated-border-management', '?cluster=migration-data-management&q=census'],
      ['cluster', 'migration-data-management', '?cluster=integrated-border-management&q=census'],
      [
        'query',
        'census',
        '?cluster=integrated-border-management&cluster=migration-data-management',
      ],
    ])
    expect(view.search).toBe(
      '?cluster=integrated-border-management&cluster=migration-data-management&q=census',
    )
    expect(view.rows.map((row) => row.slug)).toEqual(['national-census'])
    expect(view.total).toBe(24)
  })

  it('counts the rows shown per cluster and per status for the summary tables', async () => {
    const view = activityReportView(
      await reportData('en', { org: 'ministry-of-internal-affairs' }),
      collatorFor('en'),
    )
    expect(view.byCluster.map((tally) => [tally.key, tally.count])).toEqual([
      ['integrated-border-management', 2],
      ['irregular-migration-and-cross-border-crime', 2],
      ['reintegration-of-returning-migrants', 0],
      ['migration-data-management', 0],
    ])
    // The activities record no status: each row shows (and is counted by) the project's.
    expect(view.byStatus).toEqual([{ key: 'completed', item: 'completed', count: 4 }])
  })

  it('takes the search length and the sort choices from lib/reporting', async () => {
    const view = activityReportView(await reportData('ka', { sort: 'title' }), collatorFor('ka'))
    expect(view.query).toEqual({ param: 'q', value: '', maxLength: MAX_QUERY_LENGTH })
    expect(view.sort).toEqual({ param: 'sort', value: 'title', options: SORTS })
  })
})

describe('clean list URLs', () => {
  it('drops empty values and the default sort, and keeps everything else in order', () => {
    expect(cleanListSearch({ q: '', sort: 'order' })).toBe('')
    expect(cleanListSearch({ q: '  ', cluster: ['a', ''], sort: 'title', utm_source: 'x' })).toBe(
      '?cluster=a&sort=title&utm_source=x',
    )
    expect(cleanListSearch(new URLSearchParams('q=ეროვნული+აღწერა&sort=order&status=done'))).toBe(
      `?q=${encodeURIComponent('ეროვნული').replace(/%20/g, '+')}+${encodeURIComponent('აღწერა')}&status=done`,
    )
  })

  it('tells which URLs need cleaning', () => {
    expect(needsCleaning({ q: '', sort: 'order' })).toBe(true)
    expect(needsCleaning({ sort: 'order' })).toBe(true)
    expect(needsCleaning({ cluster: ['a', ''] })).toBe(true)
    expect(needsCleaning({ cluster: 'a', sort: 'title', q: 'x' })).toBe(false)
    expect(needsCleaning({})).toBe(false)
  })
})
