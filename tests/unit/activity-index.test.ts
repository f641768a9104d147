/**
 * The list across projects is filtered from the activity index and reads only its page's rows
 * whole (lib/reporting/load.ts); a project's list and every CSV filter the whole rows. Both must
 * show the same: the same rows on the same pages, the same counts, choices and notices, for the
 * seed and for a generated dataset of several projects (more than one page), in both languages.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createEmbeddedBackend } from '@/lib/content/backends/embedded'
import { createRepository } from '@/lib/content/catalog'
import {
  activitiesByIdsQuery,
  allActivitiesQuery,
  projectActivitiesQuery,
} from '@/lib/content/queries'
import { STATUS_VALUES } from '@/lib/content/vocabulary'
import type { Locale } from '@/lib/i18n/routing'
import { collatorFor } from '@/lib/i18n/format'
import type { SearchParams } from '@/lib/reporting/filters'
import { activityReportData, indexedReportData } from '@/lib/reporting/report-data'
import { activityReportView } from '@/lib/reporting/view-model'
import { ACTIVITIES_PAGE_SIZE } from '@/lib/site/paging'

const SEED = 'sanity/seed/production.ndjson'

function generated(factor: number): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'activity-index-')), `x${factor}.ndjson`)
  execFileSync(process.execPath, ['bench/generate-dataset.mjs', String(factor), file], {
    stdio: 'pipe',
  })
  return file
}

/**
 * A repository over a dataset that records the queries it runs and, like lib/content/index.ts,
 * hands out the same result object for the same query and params (so the index is built once).
 */
function recordingRepository(datasetPath: string) {
  const backend = createEmbeddedBackend(datasetPath)
  const runs: { query: string; params: Record<string, unknown> }[] = []
  const results = new Map<string, Promise<unknown>>()
  const repository = createRepository((query, params) => {
    runs.push({ query, params })
    const key = JSON.stringify([query, params])
    const result = results.get(key) ?? backend.fetch(query, params)
    results.set(key, result)
    return result
  })
  return { repository, runs }
}

type Repository = ReturnType<typeof recordingRepository>['repository']

function indexed(repository: Repository, locale: Locale, params: SearchParams) {
  return repository.read('activityIndex', locale).then((rows) =>
    indexedReportData(locale, rows, params, async (ids) => {
      return (await repository.read('activitiesByIds', locale, undefined, undefined, ids)) ?? []
    }),
  )
}

/** Filters drawn from the data: each project, cluster, status and organisation, words, sorts. */
async function paramsFor(repository: Repository): Promise<SearchParams[]> {
  const rows = await repository.read('allActivities', 'en')
  const distinct = (values: string[]) => [...new Set(values)]
  const projects = distinct(rows.map((row) => row.project.slug))
  const clusters = distinct(rows.map((row) => row.cluster.slug))
  const organizations = distinct(rows.flatMap((row) => row.organizations.map((o) => o.slug)))
  return [
    {},
    { page: '2' },
    { page: '0' },
    { sort: 'title' },
    { sort: 'status', page: '2' },
    { sort: 'nonsense', cluster: 'no-such-cluster' },
    { q: 'border' },
    { q: 'საზღვ', sort: 'title' },
    { q: 'no such words anywhere' },
    // Words only an organisation's name or acronym, or a cluster's short title, may hold.
    { q: 'iom' },
    { q: 'ministry' },
    { q: 'cross-border crime' },
    ...projects.slice(0, 3).map((project) => ({ project })),
    ...clusters.map((cluster) => ({ cluster })),
    ...[...STATUS_VALUES, 'ongoing'].map((status) => ({ status })),
    ...organizations.slice(0, 6).map((organization) => ({ organization })),
    { cluster: clusters.slice(0, 2), organization: organizations[0], status: 'active' },
    { project: projects[0], q: 'migra', sort: 'title' },
  ]
}

async function expectSameLists(datasetPath: string) {
  const { repository } = recordingRepository(datasetPath)
  const all = await paramsFor(repository)
  for (const locale of ['ka', 'en'] as const) {
    const whole = await repository.read('allActivities', locale)
    for (const params of all) {
      const old = activityReportData(locale, whole, params)
      const now = await indexed(repository, locale, params)
      const ids = (rows: { id: string }[]) => rows.map((row) => row.id)
      const summary = (data: typeof now) => ({
        params,
        rows: ids(data.rows),
        shown: ids(data.shown),
        page: data.page,
        filters: data.filters,
        notices: data.notices,
        counts: data.counts,
      })
      expect(summary(now)).toEqual(summary(old))
      const collator = collatorFor(locale)
      expect({ params, view: activityReportView(now, collator) }).toEqual({
        params,
        view: activityReportView(old, collator),
      })
    }
  }
}

describe('the activity list across projects, from the activity index', () => {
  it('shows what the whole rows show, on the seed', async () => {
    await expectSameLists(SEED)
  })

  it('shows what the whole rows show, on five generated projects (two pages)', async () => {
    const file = generated(5)
    const { repository } = recordingRepository(file)
    expect((await repository.read('allActivities', 'en')).length).toBeGreaterThan(
      ACTIVITIES_PAGE_SIZE,
    )
    await expectSameLists(file)
  })

  it('reads only the page it shows whole, and builds the index once per result', async () => {
    const { repository, runs } = recordingRepository(generated(5))
    const first = await indexed(repository, 'en', {})
    const second = await indexed(repository, 'en', { page: '2' })
    expect(first.page?.items).toHaveLength(ACTIVITIES_PAGE_SIZE)
    expect(second.page?.items.length).toBe(first.shown.length - ACTIVITIES_PAGE_SIZE)
    // The same index rows (built once), the whole list never read, each page read by its ids.
    expect(second.rows[0]).toBe(first.rows[0])
    const queries = runs.map((run) => run.query)
    expect(queries).not.toContain(allActivitiesQuery)
    expect(queries).not.toContain(projectActivitiesQuery)
    const pages = runs.filter((run) => run.query === activitiesByIdsQuery)
    expect(pages.map((run) => run.params.ids)).toEqual([
      first.page?.items.map((row) => row.id),
      second.page?.items.map((row) => row.id),
    ])
    // A page past the end reads nothing whole.
    const before = runs.length
    expect((await indexed(repository, 'en', { page: '3' })).page).toBeNull()
    expect(runs.slice(before).map((run) => run.query)).not.toContain(activitiesByIdsQuery)
  })
})
