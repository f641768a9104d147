import { parse } from 'csv-parse/sync'
import { activitiesCsv } from '@/lib/reporting/csv'
import { csvLabelsIn } from '../support/csv-labels'
import { FIXTURE_SLUG } from '../fixtures/donor-project'
import { seedWithFixture } from '../support/iati'

const labels = csvLabelsIn('en')
const repo = seedWithFixture()

async function csvRows(slug: string) {
  const activities = (await repo.read('projectActivities', 'en', slug))!
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
      Status: 'Completed',
      'Status taken from the project': 'yes',
      Start: '2013-12-15',
      End: '2017-07',
      'End is planned': 'no',
      'Dates taken from the project': 'yes',
      'Thematic cluster budget': '',
      'Cluster share of the project budget (%)': '',
    })
    expect(census.Sources).toContain('http://mra.gov.ge/geo/static/2369')
    expect(census.Sources).toContain('http://informedmigration.ge/cms/en/About-the-Project')
  })

  it('gives the fixture’s own dates, and its cluster’s budget and share', async () => {
    const rows = await csvRows(FIXTURE_SLUG)
    const training = rows.find((row) => row.Activity === 'Fixture training activity')!
    expect(training).toMatchObject({
      'Status taken from the project': 'no',
      Start: '2020-03-01',
      End: '2021-12-15',
      'Dates taken from the project': 'no',
      'Thematic cluster budget': '700000',
      'Cluster share of the project budget (%)': '58.3',
      Currency: 'EUR',
    })
    expect(training.Sources).toContain('https://example.org/fixture/dates')
    expect(training.Sources).toContain('https://example.org/fixture/budget')
    const equipment = rows.find((row) => row.Activity === 'Fixture equipment activity')!
    expect(equipment).toMatchObject({ End: '2022-06-30', 'End is planned': 'yes' })
  })
})
