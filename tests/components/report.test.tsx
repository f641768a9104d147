import { screen, within } from '@testing-library/react'
import { ActivityReport } from '@/components/report/ActivityReport'
import type { Locale } from '@/lib/i18n/routing'
import type { SearchParams } from '@/lib/reporting/filters'
import { activityReportData, type ActivityReportData } from '@/lib/reporting/report-data'
import { renderIn } from '../support/render'
import { PROJECT_SLUG, reportData } from '../support/report-data'
import { embeddedRepository } from '../support/repository'

// The filter form navigates with Next's router once scripts run.
jest.mock('next/navigation', () => ({ useRouter: () => ({ push: jest.fn() }) }))

const LIST = `/projects/${PROJECT_SLUG}/activities`

async function renderReport(
  locale: Locale,
  params: SearchParams = {},
  report?: ActivityReportData,
) {
  return renderIn(
    locale,
    <ActivityReport
      report={report ?? (await reportData(locale, params))}
      heading="Activities"
      intro="Every activity"
      listPath={LIST}
      csvPath={`${LIST}.csv`}
      iatiPath={`/api/iati/${PROJECT_SLUG}`}
      aboutDataPath={`/projects/${PROJECT_SLUG}/about-data`}
      generatedAt={new Date('2026-11-25T10:00:00Z')}
    />,
  )
}

describe('the activity list', () => {
  it('offers clusters by number and short title, with counts', async () => {
    await renderReport('en', { org: 'ministry-of-internal-affairs' })
    const group = within(screen.getByRole('group', { name: 'Thematic cluster' }))
    expect(group.getAllByRole('checkbox').map((box) => box.closest('label')?.textContent)).toEqual([
      '1. Integrated border management (2)',
      '2. Irregular migration and cross-border crime (2)',
      '3. Reintegration of returned migrants (0)',
      '4. Migration data management (0)',
    ])
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveAttribute('maxlength', '200')
    expect(
      within(screen.getByRole('combobox', { name: 'Sort by' }))
        .getAllByRole('option')
        .map((option) => option.getAttribute('value')),
    ).toEqual(['order', 'title', 'status'])
  })

  it('shows the filters in force as links that remove them, and downloads of the same rows', async () => {
    await renderReport('en', { cluster: 'integrated-border-management', q: 'ministry' })
    const applied = within(screen.getByRole('region', { name: 'Filters in force:' }))
    expect(
      applied.getByRole('link', { name: 'Remove filter: 1. Integrated border management' }),
    ).toHaveAttribute('href', `/en${LIST}?q=ministry`)
    expect(applied.getByRole('link', { name: 'Remove filter: “ministry”' })).toHaveAttribute(
      'href',
      `/en${LIST}?cluster=integrated-border-management`,
    )
    expect(screen.getByRole('link', { name: 'CSV, English' })).toHaveAttribute(
      'href',
      `/en${LIST}.csv?cluster=integrated-border-management&q=ministry`,
    )
    expect(screen.getByRole('link', { name: 'CSV, Georgian and English' })).toHaveAttribute(
      'href',
      `/en${LIST}.csv?cluster=integrated-border-management&q=ministry&lang=both`,
    )
  })

  it('labels every cell for the card layout and names clusters briefly', async () => {
    const { container } = await renderReport('en')
    const rows = container.querySelectorAll('.report__table tbody tr')
    expect(rows).toHaveLength(24)
    const first = rows[0]!
    expect(
      [...first.querySelectorAll('td[data-label]')].map((cell) => cell.getAttribute('data-label')),
    ).toEqual(['Thematic cluster', 'Status', 'Organisations', 'Period'])
    expect(first.querySelector('.cluster-tag')).toHaveTextContent('1. Integrated border management')
    // The activity has no status or dates of its own: the project's, as they happened, the same
    // as its page and the CSV give; the note above the table says so once, not every row.
    expect(first.querySelector('.report__period')?.textContent).toBe('15 Dec 2013 – Jul 2017')
    expect(first.querySelector('td[data-label="Status"]')?.textContent).toBe('Completed')
    expect(
      screen.getAllByText(/Activities without a status or dates of their own show the project’s/),
    ).toHaveLength(1)
    expect(container.querySelector('.report__note')).toHaveTextContent(
      'Activities without a status or dates of their own show the project’s: Completed, 15 December 2013 – July 2017.',
    )
    expect(container).not.toHaveTextContent(/Not recorded|the project’s dates/)
    // A card leaves out the organisations line when there are none (report.css).
    expect(first.querySelector('.report__organizations')).toHaveAttribute('data-empty', 'true')
    expect(rows[3]!.querySelector('.report__organizations')).not.toHaveAttribute('data-empty')
    expect(rows[3]!.querySelector('.report__organizations')).toHaveTextContent(
      'Ministry of Internal Affairs of Georgia (MIA)',
    )
  })

  it('links to the exports and to "About this data", and shows no IATI readiness', async () => {
    const { container } = await renderReport('en')
    const downloads = within(screen.getByRole('region', { name: 'Download and print' }))
    expect(downloads.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'CSV, English',
      'CSV, Georgian and English',
      'IATI activity file (XML, standard 2.03)',
      'Print this report',
      'About this data: sources, method and what is still missing',
    ])
    expect(
      downloads.getByRole('link', {
        name: 'About this data: sources, method and what is still missing',
      }),
    ).toHaveAttribute('href', `/en/projects/${PROJECT_SLUG}/about-data`)
    expect(container.querySelector('.iati-readiness')).toBeNull()
    expect(container).not.toHaveTextContent(/publishable|IATI rule/)
  })

  it('speaks of inherited values once in Georgian, without "not recorded"', async () => {
    const { container } = await renderReport('ka')
    expect(container.querySelector('.report__note')).toHaveTextContent(
      'თუ საქმიანობას საკუთარი სტატუსი ან თარიღები არ აქვს, ნაჩვენებია პროექტისა: დასრულებული,',
    )
    expect(container).not.toHaveTextContent('არ არის მითითებული')
  })

  it('heads the count tables with what they count by, not their caption', async () => {
    await renderReport('en')
    const byCluster = screen.getByRole('table', { name: 'Activities by thematic cluster' })
    expect(
      within(byCluster)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Thematic cluster', 'Count'])
    expect(
      within(byCluster).getByRole('rowheader', {
        name: '2. Irregular migration and cross-border crime',
      }).nextElementSibling,
    ).toHaveTextContent('9')
  })

  it('prints a Georgian search term in Georgian quotation marks', async () => {
    const { container } = await renderReport('ka', { q: 'აღწერა' })
    expect(container.querySelector('.report__print-meta')).toHaveTextContent('„აღწერა“')
    const { container: english } = await renderReport('en', { q: 'census' })
    expect(english.querySelector('.report__print-meta')).toHaveTextContent('“census”')
  })

  it('reports unknown values and offers to clear an empty result', async () => {
    await renderReport('en', { status: 'done', q: 'zzzz' })
    expect(screen.getByText('Ignored an unknown value for “status”: done')).toBeInTheDocument()
    expect(screen.getByText('No activity matches these filters.')).toBeInTheDocument()
    expect(screen.queryByRole('table')).toBeNull()
  })

  it.each([
    [
      'en',
      { group: 'Thematic cluster', table: 'Activities by thematic cluster' },
      'The 30 with the most activities are listed; 18 others are not.',
      '18 other thematic clusters',
    ],
    [
      'ka',
      { group: 'თემატური ჯგუფი', table: 'საქმიანობები თემატური ჯგუფების მიხედვით' },
      'ჩამოთვლილია 30, რომლებსაც ყველაზე მეტი საქმიანობა აქვს; დანარჩენი 18',
      '18 სხვა თემატური ჯგუფი',
    ],
  ] as const)(
    'lists at most 30 clusters and says how many more (%s)',
    async (locale, names, note, rest) => {
      const rows = await embeddedRepository().read('projectActivities', locale, PROJECT_SLUG)
      if (!rows) throw new Error('no seed rows')
      // The seed's 24 activities twice, each in a cluster of its own: 48 clusters.
      const spread = [...rows, ...rows].map((row, at) => ({
        ...row,
        id: `${row.id}-${at}`,
        slug: `${row.slug}-${at}`,
        cluster: { ...row.cluster, slug: `cluster-${at}` },
      }))
      await renderReport(locale, {}, activityReportData(locale, spread, {}))
      const group = screen.getByRole('group', { name: names.group })
      expect(within(group).getAllByRole('checkbox')).toHaveLength(30)
      expect(group).toHaveTextContent(note)
      const table = screen.getByRole('table', { name: names.table })
      expect(within(table).getAllByRole('row')).toHaveLength(1 + 30 + 1)
      expect(
        within(table).getByRole('rowheader', { name: rest }).nextElementSibling,
      ).toHaveTextContent('18')
    },
  )
})
