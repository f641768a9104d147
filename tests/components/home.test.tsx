import { screen, within } from '@testing-library/react'
import { PortalHome } from '@/components/home/PortalHome'
import { headlineFigures } from '@/lib/content/headline-figures'
import type { Project, Result } from '@/lib/content/schemas'
import { latestChange } from '@/lib/content/schemas/routes'
import { formatDate } from '@/lib/i18n/format'
import type { Locale } from '@/lib/i18n/routing'
import { renderIn } from '../support/render'
import { embeddedRepository } from '../support/repository'

const repo = embeddedRepository()
const SLUG = 'secure-borders-safe-migration'

async function homeOf(locale: Locale) {
  const project = (await repo.read('project', locale, SLUG))!
  const route = (await repo.routeIndex()).project(SLUG)!
  return { project, updatedAt: latestChange(route) }
}

/** The one project's card, found through its name's link. */
function cardOf(name: string) {
  const card = screen.getByRole('link', { name }).closest('li')
  expect(card).not.toBeNull()
  return { card: card!, within: within(card!) }
}

describe('the home page, the portal’s front door', () => {
  it('says what the portal is, then gives each project as a card with its purpose, period, headline results and latest change (English)', async () => {
    const shown = await homeOf('en')
    renderIn('en', <PortalHome projects={[shown]} total={1} euFunded />)
    // One h1: the portal, not the project; the project's name is its card's h2.
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1)
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('IOM projects in Georgia')
    expect(
      screen.getByText(/What the International Organization for Migration \(IOM\) does in Georgia/),
    ).toHaveTextContent('The projects on this portal are funded by the European Union.')
    const link = screen.getByRole('link', { name: 'Promoting Secure Borders and Safe Migration' })
    expect(link).toHaveAttribute('href', `/en/projects/${SLUG}`)
    expect(link.closest('h2')).not.toBeNull()
    const card = cardOf('Promoting Secure Borders and Safe Migration')
    expect(
      card.within.getByText(
        'Helping the Georgian authorities strengthen border and migration management in line with EU standards and the Visa Liberalisation Action Plan.',
      ),
    ).toBeInTheDocument()
    expect(card.card).toHaveTextContent('15 December 2013 – July 2017')
    // The first three headline figures, each with what it counts; no source marks inside a card
    // (its whole area is the link; the overview carries the notes).
    expect(card.within.getByRole('heading', { level: 3 })).toHaveTextContent('What it achieved')
    const figures = card.card.querySelectorAll('.result-figure')
    expect(
      [...figures].map((li) => li.querySelector('.result-figure__value')?.textContent),
    ).toEqual(['10 units', '50 devices', '3,400,000 EUR'])
    expect(figures[1]).toHaveTextContent('Hand-held devices provided to the Patrol Police')
    expect(card.card.querySelector('.source-refs')).toBeNull()
    // The latest change of the project's pages, as a date a donor can quote.
    const time = card.card.querySelector('time[datetime="' + shown.updatedAt + '"]')
    expect(time).toHaveTextContent(formatDate(new Date(shown.updatedAt), 'en'))
    expect(time?.parentElement).toHaveTextContent(/^Last updated: /)
    // The front door is no copy of the overview: none of its structure or key figures.
    expect(screen.queryByRole('region', { name: 'Key figures' })).toBeNull()
    expect(screen.queryByRole('heading', { name: 'Objectives' })).toBeNull()
    expect(screen.queryByText('Funded by the European Union')).toBeNull()
    // Every project is shown: no link to a longer list.
    expect(screen.queryByRole('link', { name: /All 1 project/ })).toBeNull()
  })

  it('gives the same in Georgian', async () => {
    const shown = await homeOf('ka')
    renderIn('ka', <PortalHome projects={[shown]} total={1} euFunded />)
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'IOM-ის პროექტები საქართველოში',
    )
    expect(screen.getByText(/ევროკავშირი აფინანსებს/)).toBeInTheDocument()
    const card = cardOf('დაცული საზღვრებისა და უსაფრთხო მიგრაციის მხარდაჭერა')
    expect(card.within.getByRole('link')).toHaveAttribute('href', `/ka/projects/${SLUG}`)
    expect(card.within.getByText(/^საქართველოს ხელისუფლების მხარდაჭერა/)).toBeInTheDocument()
    expect(card.card.querySelector('time[datetime="2013-12-15"]')).toHaveTextContent(/დეკემბერი/)
    expect(card.within.getByRole('heading', { level: 3 })).toHaveTextContent('რას მიაღწია პროექტმა')
    expect(card.within.getByText('3 400 000')).toBeInTheDocument()
    expect(
      card.within.getByText('საპატრულო პოლიციისთვის გადაცემული პორტატული მოწყობილობები'),
    ).toBeInTheDocument()
    const time = card.card.querySelector('time[datetime="' + shown.updatedAt + '"]')
    expect(time).toHaveTextContent(formatDate(new Date(shown.updatedAt), 'ka'))
    expect(time?.parentElement).toHaveTextContent(/^ბოლო განახლება: /)
  })

  it('says nothing of EU funding unless every project is EU-funded, and links to all projects when it shows only some', async () => {
    const shown = await homeOf('en')
    renderIn('en', <PortalHome projects={[shown]} total={8} euFunded={false} />)
    expect(screen.queryByText(/funded by the European Union/)).toBeNull()
    expect(screen.getByRole('link', { name: 'All 8 projects' })).toHaveAttribute(
      'href',
      '/en/projects',
    )
  })

  it('leaves out a card’s results and date when the project has none', async () => {
    const { project } = await homeOf('en')
    const bare: Project = { ...project, results: [] }
    renderIn(
      'en',
      <PortalHome projects={[{ project: bare, updatedAt: null }]} total={1} euFunded />,
    )
    expect(screen.queryByRole('heading', { level: 3 })).toBeNull()
    expect(screen.queryByText(/Last updated/)).toBeNull()
  })
})

describe('headline figures', () => {
  const indicator = (key: string, actuals: (number | null)[], measure: '1' | '2' | '5' = '1') => ({
    key,
    title: { value: key, lang: 'en' as const },
    measure,
    unit: null,
    ascending: true,
    baseline: null,
    dataSource: null,
    sources: [],
    periods: actuals.map((actual, index) => ({
      key: `p${index}`,
      start: null,
      end: null,
      target: null,
      actual,
      comment: null,
    })),
  })
  const result = (order: number, indicators: ReturnType<typeof indicator>[]): Result => ({
    id: `r${order}`,
    order,
    type: '1',
    title: { value: `result ${order}`, lang: 'en' },
    description: null,
    aggregationStatus: null,
    objective: null,
    cluster: null,
    activities: [],
    indicators,
    sources: [],
  })

  it('takes one figure per indicator with one reported value, in the results’ order', () => {
    const figures = headlineFigures([
      result(2, [indicator('late', [7])]),
      result(1, [
        indicator('single', [null, 12]),
        indicator('per-event', [9, 16, 18]),
        indicator('words', [1], '5'),
        indicator('none', [null]),
      ]),
    ])
    expect(figures.map((figure) => [figure.indicator.key, figure.value])).toEqual([
      ['single', 12],
      ['late', 7],
    ])
  })

  it('stops at the limit', () => {
    const many = [1, 2, 3, 4].map((order) => result(order, [indicator(`i${order}`, [order])]))
    expect(headlineFigures(many, 3).map((figure) => figure.value)).toEqual([1, 2, 3])
  })
})

describe('latest change', () => {
  it('is the newest change of the project, its clusters and its activities', () => {
    const at = (updatedAt: string) => ({ updatedAt })
    const project = (clusters: string[], activities: string[]) => ({
      updatedAt: '2026-02-01T00:00:00Z',
      clusters: clusters.map(at),
      activities: activities.map(at),
    })
    expect(latestChange(project([], []))).toBe('2026-02-01T00:00:00Z')
    expect(latestChange(project(['2026-03-01T00:00:00Z'], ['2026-01-05T00:00:00Z']))).toBe(
      '2026-03-01T00:00:00Z',
    )
    expect(latestChange(project(['2026-01-01T00:00:00Z'], ['2026-04-02T10:00:00Z']))).toBe(
      '2026-04-02T10:00:00Z',
    )
    expect(latestChange(project(['2025-01-01T00:00:00Z'], []))).toBe('2026-02-01T00:00:00Z')
  })
})
