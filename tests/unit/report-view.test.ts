import { collatorFor } from '@/lib/i18n/format'
import { FILTER_PARAMS, cleanListSearch, needsCleaning } from '@/lib/reporting/filter-params'
import { MAX_QUERY_LENGTH, SORTS } from '@/lib/reporting/filters'
import { activityReportData } from '@/lib/reporting/report-data'
import { MAX_CHOICES, activityReportView } from '@/lib/reporting/view-model'
import { embeddedRepository } from '../support/repository'
import { PROJECT_SLUG, reportData } from '../support/report-data'

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
    expect(view.byCluster.rest).toBeNull()
    expect(view.byCluster.rows.map((tally) => [tally.key, tally.count])).toEqual([
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

  describe('with more clusters than a group lists (1,000 projects have 4,000)', () => {
    /** The seed's rows, each in a cluster of its own, the first cluster holding three rows. */
    async function manyClusters(params: Record<string, string> = {}) {
      const rows = await embeddedRepository().read('projectActivities', 'en', PROJECT_SLUG)
      if (!rows) throw new Error('no seed rows')
      const spread = [...rows, ...rows, ...rows].map((row, at) => {
        const slug = `cluster-${at < 3 ? 0 : at}`
        return {
          ...row,
          id: `${row.id}-${at}`,
          slug: `${row.slug}-${at}`,
          cluster: { ...row.cluster, slug },
        }
      })
      return activityReportView(activityReportData('en', spread, params), collatorFor('en'))
    }

    it('lists the clusters with the most activities and any selected, and counts the rest', async () => {
      const last = `cluster-${3 * 24 - 1}`
      const view = await manyClusters({ [FILTER_PARAMS.cluster]: last })
      const clusters = view.facets.find((facet) => facet.kind === 'cluster')!
      // 72 rows in 70 clusters: 30 listed (the selected one among them), 40 said in a count.
      expect(clusters.options).toHaveLength(MAX_CHOICES)
      expect(clusters.hidden).toBe(70 - MAX_CHOICES)
      expect(clusters.options[0]).toMatchObject({ value: 'cluster-0', count: 3 })
      expect(clusters.options.find((o) => o.value === last)?.selected).toBe(true)
    })

    it('keeps the count table to as many rows, the others added up in one', async () => {
      const view = await manyClusters()
      expect(view.byCluster.rows).toHaveLength(MAX_CHOICES)
      expect(view.byCluster.rows[0]).toMatchObject({ key: 'cluster-0', count: 3 })
      expect(view.byCluster.rest).toEqual({ items: 70 - MAX_CHOICES, count: 72 - 3 - 29 })
      const listed = view.byCluster.rows.reduce((sum, row) => sum + row.count, 0)
      expect(listed + (view.byCluster.rest?.count ?? 0)).toBe(view.matching)
    })
  })
})
