import { parse } from 'csv-parse/sync'
import { activitiesCsv, type CsvLabels } from '@/lib/reporting/csv'
import { FIXTURE_SLUG } from '../fixtures/donor-project'
import { seedWithFixture } from '../support/iati'

const labels: CsvLabels = {
  headers: {
    project: 'Project',
    clusterNumber: 'Cluster no.',
    cluster: 'Cluster',
    activityNumber: 'No.',
    activity: 'Activity',
    status: 'Status',
    statusInherited: 'Status from project',
    organizations: 'Organisations',
    start: 'Start',
    end: 'End',
    endPlanned: 'End planned',
    datesInherited: 'Dates from project',
    clusterBudget: 'Cluster budget',
    clusterShare: 'Cluster share (%)',
    currency: 'Currency',
    sources: 'Sources',
    url: 'URL',
  },
  status: (status) => status,
  yes: 'yes',
  no: 'no',
}
const repo = seedWithFixture()

async function csvRows(slug: string) {
  const activities = (await repo.getProjectActivities('en', slug))!
  const text = activitiesCsv([{ locale: 'en', activities, labels }], (a) => a.slug)
  const [header, ...rows]: string[][] = parse(text.slice(1))
  return rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i]])))
}

describe('CSV of donor facts', () => {
  it('marks the seed’s statuses and dates as the project’s and lists their sources', async () => {
    const rows = await csvRows('secure-borders-safe-migration')
    expect(rows).toHaveLength(24)
    const census = rows.find((row) => row.Activity === 'National census')!
    expect(census).toMatchObject({
      Status: 'completed',
      'Status from project': 'yes',
      Start: '2013-12-15',
      End: '2017-07-10',
      'End planned': 'no',
      'Dates from project': 'yes',
      'Cluster budget': '',
      'Cluster share (%)': '',
    })
    expect(census.Sources).toContain('http://mra.gov.ge/geo/static/2369')
    expect(census.Sources).toContain('http://informedmigration.ge/cms/en/About-the-Project')
  })

  it('gives the fixture’s own dates, and its cluster’s budget and share', async () => {
    const rows = await csvRows(FIXTURE_SLUG)
    const training = rows.find((row) => row.Activity === 'Fixture training activity')!
    expect(training).toMatchObject({
      'Status from project': 'no',
      Start: '2020-03-01',
      End: '2021-12-15',
      'Dates from project': 'no',
      'Cluster budget': '700000',
      'Cluster share (%)': '58.3',
      Currency: 'EUR',
    })
    expect(training.Sources).toContain('https://example.org/fixture/dates')
    expect(training.Sources).toContain('https://example.org/fixture/budget')
    const equipment = rows.find((row) => row.Activity === 'Fixture equipment activity')!
    expect(equipment).toMatchObject({ End: '2022-06-30', 'End planned': 'yes' })
  })
})
