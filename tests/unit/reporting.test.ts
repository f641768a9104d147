import { facetCounts, filterActivities, filterOptions } from '@/lib/reporting/activities'
import { activitiesCsv } from '@/lib/reporting/csv'
import { csvLabelsIn } from '../support/csv-labels'
import { filtersToSearch, parseFilters } from '@/lib/reporting/filters'
import { matchesQuery, normalizeForSearch } from '@/lib/reporting/search'
import type { ReportingActivity } from '@/lib/content/schemas'
import { parse } from 'csv-parse/sync'
import { embeddedRepository } from '../support/repository'

const SLUG = 'secure-borders-safe-migration'
const repo = embeddedRepository()
const collator = new Intl.Collator('en-GB')

const labels = csvLabelsIn('en')
const url = (activity: ReportingActivity, locale: string) =>
  `https://example.org/${locale}/${activity.slug}`

async function rowsIn(locale: 'ka' | 'en') {
  const activities = await repo.read('projectActivities', locale, SLUG)
  if (!activities) throw new Error(`no activities of ${SLUG}`)
  return { activities, rows: activities }
}

describe('text search', () => {
  it('folds case, Georgian capitals (Mtavruli) and whitespace', () => {
    expect(normalizeForSearch('  ეროვნული   აღწერა\n')).toBe('ეროვნული აღწერა')
    expect(normalizeForSearch('ᲔᲠᲝᲕᲜᲣᲚᲘ')).toBe('ეროვნული')
    expect(matchesQuery('National Census', 'CENSUS national')).toBe(true)
    expect(matchesQuery('ეროვნული აღწერა', ' აღწერა   ეროვნ')).toBe(true)
    expect(matchesQuery('ეროვნული აღწერა', 'დიასპორა')).toBe(false)
    expect(matchesQuery('Assisted voluntary return (AVR)', 'avr')).toBe(true)
  })

  it('finds activities in either language', async () => {
    const { rows } = await rowsIn('en')
    const byGeorgian = filterActivities(
      rows,
      parseFilters({ q: 'ეროვნული აღწერა' }, filterOptions(rows)).filters,
      collator,
    )
    expect(byGeorgian.map((row) => row.slug)).toEqual(['national-census'])
    const byOrg = filterActivities(
      rows,
      parseFilters({ q: 'სასაზღვრო პოლიცი' }, filterOptions(rows)).filters,
      collator,
    )
    expect(byOrg.map((row) => row.slug)).toEqual(['border-police-hr-policy'])
  })
})

describe('filters', () => {
  it('reads clusters, statuses, organisations, search and sort from the URL', async () => {
    const { rows } = await rowsIn('en')
    const { filters, notices } = parseFilters(
      {
        cluster: ['integrated-border-management', 'migration-data-management'],
        org: 'ministry-of-internal-affairs',
        q: 'x',
        sort: 'title',
        status: 'completed',
      },
      filterOptions(rows),
    )
    expect(filters).toEqual({
      projects: [],
      clusters: ['integrated-border-management', 'migration-data-management'],
      statuses: ['completed'],
      organizations: ['ministry-of-internal-affairs'],
      query: 'x',
      sort: 'title',
    })
    expect(notices).toEqual([])
    expect(filtersToSearch(filters)).toBe(
      '?cluster=integrated-border-management&cluster=migration-data-management&status=completed&org=ministry-of-internal-affairs&q=x&sort=title',
    )
  })

  it('ignores unknown values with a notice', async () => {
    const { rows } = await rowsIn('en')
    const { filters, notices } = parseFilters(
      {
        cluster: ['nope', 'migration-data-management'],
        status: 'done',
        sort: 'random',
        org: '<script>',
      },
      filterOptions(rows),
    )
    expect(filters.clusters).toEqual(['migration-data-management'])
    expect(filters.statuses).toEqual([])
    expect(filters.sort).toBe('order')
    expect(notices).toEqual([
      { param: 'sort', value: 'random' },
      { param: 'cluster', value: 'nope' },
      { param: 'status', value: 'done' },
      { param: 'org', value: '<script>' },
    ])
  })

  it('filters by cluster and organisation together', async () => {
    const { rows } = await rowsIn('en')
    const { filters } = parseFilters(
      { cluster: 'integrated-border-management', org: 'ministry-of-internal-affairs' },
      filterOptions(rows),
    )
    expect(filterActivities(rows, filters, collator).map((row) => row.slug)).toEqual([
      'mia-hardware-and-software',
      'border-risk-management-system',
    ])
  })

  it('sorts by project order by default and by title on request', async () => {
    const { rows } = await rowsIn('en')
    const ordered = filterActivities(rows, parseFilters({}, filterOptions(rows)).filters, collator)
    expect(ordered.map((row) => `${row.cluster.order}.${row.order}`).slice(0, 3)).toEqual([
      '1.1',
      '1.2',
      '1.3',
    ])
    const byTitle = filterActivities(
      rows,
      parseFilters({ sort: 'title' }, filterOptions(rows)).filters,
      collator,
    )
    const titles = byTitle.map((row) => row.title.value)
    expect(titles).toEqual([...titles].sort((a, b) => collator.compare(a, b)))
    expect(titles[0]).toBe('A study of the border-crossing experience')
  })

  it('counts per cluster and per status, given the other filters', async () => {
    const { rows } = await rowsIn('en')
    const all = facetCounts(rows, parseFilters({}, filterOptions(rows)).filters)
    expect(Object.fromEntries(all.clusters)).toEqual({
      'integrated-border-management': 8,
      'irregular-migration-and-cross-border-crime': 9,
      'reintegration-of-returning-migrants': 3,
      'migration-data-management': 4,
    })
    expect(Object.fromEntries(all.statuses)).toEqual({ completed: 24 })
    const mia = facetCounts(
      rows,
      parseFilters({ org: 'ministry-of-internal-affairs' }, filterOptions(rows)).filters,
    )
    expect(Object.fromEntries(mia.clusters)).toEqual({
      'integrated-border-management': 2,
      'irregular-migration-and-cross-border-crime': 2,
    })
  })
})

describe('CSV', () => {
  it('starts with a byte-order mark and a header row, with one row per filtered activity', async () => {
    const { activities } = await rowsIn('en')
    const csv = activitiesCsv([{ locale: 'en', activities: activities.slice(0, 3), labels }], url)
    expect(
      csv.startsWith(
        '\uFEFFProject,Thematic cluster no.,Thematic cluster,Activity no.,Activity,Status,Status taken from the project,Organisations,Start,End,End is planned,Dates taken from the project,Thematic cluster budget,Cluster share of the project budget (%),Currency,Sources,Web page\r\n',
      ),
    ).toBe(true)
    expect(csv.trimEnd().split('\r\n')).toHaveLength(4)
  })

  it('quotes commas, quotes and line breaks in both languages (RFC 4180)', async () => {
    const { activities } = await rowsIn('en')
    const tricky = {
      ...activities[0]!,
      title: { value: 'Border, "green" and\nblue', lang: 'en' as const },
      status: 'active' as const,
    }
    const trickyKa = {
      ...tricky,
      title: { value: 'საზღვარი, „მწვანე" და\nლურჯი', lang: 'ka' as const },
    }
    const csv = activitiesCsv(
      [
        { locale: 'en', activities: [tricky], labels },
        { locale: 'ka', activities: [trickyKa], labels: csvLabelsIn('ka') },
      ],
      url,
    )
    expect(csv).toContain('"Border, ""green"" and\nblue","საზღვარი, „მწვანე"" და\nლურჯი"')
    expect(csv).toContain('Activity (en),საქმიანობა (ka)')
    expect(csv).toContain('In progress,მიმდინარე')
  })
})

describe('CSV injection (OWASP): cells that a spreadsheet would run as formulas', () => {
  it.each([
    ['=', '=HYPERLINK("https://evil.example","x")'],
    ['+', '+1+cmd|" /C calc"!A0'],
    ['-', '-2+3+cmd|" /C calc"!A0'],
    ['@', '@SUM(1+1)*cmd|" /C calc"!A0'],
    ['a tab', '\t=1+1'],
    ['a carriage return', '\r=1+1'],
    ['a full-width =', '＝1+1'],
  ])('neutralises a cell starting with %s, in both languages', async (_name, text) => {
    const { activities } = await rowsIn('en')
    const en = {
      ...activities[0]!,
      title: { value: text, lang: 'en' as const },
      organizations: [
        { ...activities[0]!.organizations[0]!, name: { value: text, lang: 'en' as const } },
      ],
    }
    const ka = { ...en, title: { value: text, lang: 'ka' as const } }
    const csv = activitiesCsv(
      [
        { locale: 'en', activities: [en], labels },
        { locale: 'ka', activities: [ka], labels },
      ],
      url,
    )
    const rows: string[][] = parse(csv.slice(1))
    const withText = rows[1]!.filter((cell) => cell.includes(text.trimStart()))
    expect(withText.length).toBeGreaterThanOrEqual(3)
    for (const cell of withText) expect(cell.startsWith("'")).toBe(true)
  })
})
