import { cleanup, screen, within } from '@testing-library/react'
import { ActivityDetails } from '@/components/activity/ActivityDetails'
import { IatiReadiness } from '@/components/donor/IatiReadiness'
import { ProjectFactsAndSources } from '@/components/donor/ProjectFactsAndSources'
import { ProjectTimeline } from '@/components/donor/ProjectTimeline'
import { ObjectiveResults } from '@/components/donor/ObjectiveResults'
import { ResultsSection } from '@/components/donor/ResultsSection'
import { ResultsSummary } from '@/components/donor/ResultsSummary'
import { ProjectOverview } from '@/components/ProjectOverview'
import { buildSourceIndex } from '@/lib/content/facts'
import { projectTimeline } from '@/lib/content/timeline'
import { FIXTURE_SLUG } from '../fixtures/donor-project'
import { iatiReport, seedWithFixture } from '../support/iati'
import { renderIn } from '../support/render'

const repo = seedWithFixture()
const SLUG = 'secure-borders-safe-migration'
const none = buildSourceIndex([])

describe('the facts page lists the project’s facts with their sources', () => {
  it('shows budget, EU contribution, period and status in English', async () => {
    const { container } = renderIn(
      'en',
      <ProjectFactsAndSources project={(await repo.read('project', 'en', SLUG))!} />,
    )
    const facts = within(screen.getByRole('region', { name: 'Project facts' }))
    const value = (label: string) => facts.getByText(label).nextElementSibling!
    expect(value('Total budget')).toHaveTextContent(/^€4,800,000 \[\d/)
    expect(value('EU contribution')).toHaveTextContent(/^Not recorded/)
    expect(value('Decision or contract reference')).toHaveTextContent('Not recorded')
    expect(value('Period')).toHaveTextContent('15 December 2013 – July 2017')
    expect(value('Planned period')).toHaveTextContent('15 December 2013 – June 2017')
    expect(value('Status')).toHaveTextContent(/^Completed/)
    expect(value('Funding programme')).toHaveTextContent(/gives 2010/)
    expect(screen.getByRole('img', { name: /Timeline of/ })).toBeInTheDocument()
    // Every reference leads to an entry of the Sources section on the same page.
    const refs = [...container.querySelectorAll<HTMLAnchorElement>('.source-refs a')]
    expect(refs.length).toBeGreaterThan(10)
    for (const ref of refs) {
      expect(ref.getAttribute('href')).toMatch(/^#source-\d+$/)
      expect(container.querySelector(ref.getAttribute('href')!)).not.toBeNull()
      expect(ref).toHaveAccessibleName(`Source ${ref.textContent}`)
    }
  })

  it('quotes each source, the quote’s own language marked', async () => {
    const { container } = renderIn(
      'en',
      <ProjectFactsAndSources project={(await repo.read('project', 'en', SLUG))!} />,
    )
    const sources = within(screen.getByRole('region', { name: 'Sources' }))
    expect(sources.getAllByRole('listitem').length).toBeGreaterThanOrEqual(15)
    const georgianQuote = [...container.querySelectorAll('.sources__quote')].find((quote) =>
      quote.textContent?.includes('4.8 მილიონი ევრო'),
    )
    expect(georgianQuote).toHaveAttribute('lang', 'ka')
    expect(
      sources.getByText('Project budget: 4.8 MEUR', { exact: false }).closest('blockquote'),
    ).not.toHaveAttribute('lang')
  })

  it('speaks Georgian on the Georgian page', async () => {
    renderIn('ka', <ProjectFactsAndSources project={(await repo.read('project', 'ka', SLUG))!} />)
    const facts = within(screen.getByRole('region', { name: 'პროექტის მონაცემები' }))
    expect(facts.getByText('საერთო ბიუჯეტი').nextElementSibling).toHaveTextContent(/4 800 000/)
    expect(facts.getByText('ევროკავშირის წვლილი').nextElementSibling).toHaveTextContent(
      'არ არის მითითებული',
    )
    expect(facts.getByText('სტატუსი').nextElementSibling).toHaveTextContent(/^დასრულებული/)
    expect(screen.getByRole('heading', { name: 'წყაროები', level: 2 })).toBeInTheDocument()
  })
})

describe('the overview’s key figures', () => {
  it('cite their sources on the facts page, under the numbers the facts page gives them', async () => {
    const project = (await repo.read('project', 'en', SLUG))!
    const overview = renderIn('en', <ProjectOverview project={project} />)
    const figures = within(screen.getByRole('region', { name: 'Key figures' }))
    const value = (label: string) => figures.getByText(label).nextElementSibling!
    expect(value('Total budget')).toHaveTextContent(/^€4,800,000 \[\d/)
    expect(value('Status')).toHaveTextContent(/^Completed \[\d/)
    expect(value('EU contribution')).toHaveTextContent(/^Not recorded/)
    const budgetRefs = [...value('Total budget').querySelectorAll('a')].map((a) =>
      a.getAttribute('href'),
    )
    expect(budgetRefs.length).toBeGreaterThan(0)
    const refs = [...overview.container.querySelectorAll<HTMLAnchorElement>('.source-refs a')]
    for (const ref of refs) {
      expect(ref.getAttribute('href')).toMatch(
        new RegExp(`^/en/projects/${SLUG}/facts#source-\\d+$`),
      )
    }
    // The overview carries no sources list of its own, and links to the facts page.
    expect(overview.container.querySelector('.sources__item')).toBeNull()
    expect(
      screen.getByRole('link', {
        name: 'Project facts, timeline, places and contact, with the source of each fact',
      }),
    ).toHaveAttribute('href', `/en/projects/${SLUG}/facts`)
    cleanup()
    const page = renderIn('en', <ProjectFactsAndSources project={project} />)
    const budgetRow = within(screen.getByRole('region', { name: 'Project facts' }))
      .getByText('Total budget')
      .nextElementSibling!.querySelector('.source-refs')!
    expect(
      [...budgetRow.querySelectorAll('a')].map(
        (a) => `/en/projects/${SLUG}/facts${a.getAttribute('href')}`,
      ),
    ).toEqual(budgetRefs)
    for (const href of refs.map((ref) => ref.getAttribute('href')!)) {
      expect(page.container.querySelector(href.slice(href.indexOf('#')))).not.toBeNull()
    }
  })
})

describe('results and indicators of the fixture', () => {
  it('charts progress towards target with a text alternative and a data table, on the objectives page', async () => {
    const project = (await repo.read('project', 'en', FIXTURE_SLUG))!
    renderIn('en', <ObjectiveResults project={project} />)
    const chart = screen.getByRole('img', { name: /Chart: Fixture officials trained/ })
    expect(chart.tagName).toBe('svg')
    expect(chart).toHaveAccessibleName(expect.stringContaining('2020: 35 of a target of 40 (88%)'))
    expect(chart).toHaveAccessibleName(expect.stringContaining('baseline 20 (2019)'))
    const table = screen.getByRole('table', { name: 'Figures of “Fixture officials trained”' })
    expect(
      within(table)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual(['PeriodTargetActualComment', '15 January 2020 – 31 December 20204035', '20216062'])
    expect(
      screen.getByRole('heading', { name: /Specific objective 1: Fixture objective/ }),
    ).toBeInTheDocument()
    // The cluster's result is not an objective's: it is on its cluster page.
    expect(screen.queryByText('Fixture manual adopted')).toBeNull()
  })

  it('names the results on the overview, each group linking to the page with their figures', async () => {
    const project = (await repo.read('project', 'en', FIXTURE_SLUG))!
    renderIn(
      'en',
      <ResultsSummary
        projectSlug={project.slug}
        results={project.results}
        objectives={project.objectives}
        clusters={project.clusters}
        sources={none}
      />,
    )
    expect(screen.queryByRole('img')).toBeNull()
    expect(screen.getByText('Fixture manual adopted')).toBeInTheDocument()
    expect(
      screen.getByRole('link', {
        name: 'Descriptions and figures (2 indicators) on the objectives page',
      }),
    ).toHaveAttribute('href', `/en/projects/${FIXTURE_SLUG}/objectives#results-fixture-objective`)
    expect(
      screen.getByRole('link', {
        name: 'Descriptions and figures (1 indicator) on the Thematic cluster 1 page',
      }),
    ).toHaveAttribute('href', `/en/projects/${FIXTURE_SLUG}/clusters/fixture-cluster-a#results`)
  })

  it('shows a qualitative indicator in words, without a chart, on its cluster page', async () => {
    const cluster = (await repo.read('cluster', 'en', FIXTURE_SLUG, 'fixture-cluster-a'))!
    renderIn('en', <ResultsSection results={cluster.results} sources={none} />)
    expect(screen.queryByRole('img', { name: /Fixture manual in use/ })).toBeNull()
    expect(screen.getByText('Fixture: adopted in June 2022')).toBeInTheDocument()
  })

  it('says so where a seed figure is reported without baseline or target', async () => {
    const project = (await repo.read('project', 'en', SLUG))!
    renderIn('en', <ResultsSection results={project.results} sources={none} />)
    expect(
      screen.getAllByText('Reported figures: no baseline or target was published.'),
    ).toHaveLength(5)
    expect(screen.getByRole('img', { name: /Participants per training event/ })).toBeInTheDocument()
    // A single figure without a target is not charted: there is nothing to compare it with.
    expect(screen.queryByRole('img', { name: /VSC40HD\/FS units delivered/ })).toBeNull()
    expect(screen.getAllByRole('img')).toHaveLength(1)
  })
})

describe('the timeline', () => {
  it('draws the project and the activities with dates, and lists every date', async () => {
    const project = (await repo.read('project', 'en', FIXTURE_SLUG))!
    renderIn('en', <ProjectTimeline timeline={projectTimeline(project)} title={project.title} />)
    expect(
      screen.getByRole('img', { name: /Timeline of “Fixture project for donor reporting”/ }),
    ).toBeInTheDocument()
    const rows = within(screen.getByRole('table', { name: 'Dates in the timeline' })).getAllByRole(
      'row',
    )
    expect(rows.map((row) => row.firstElementChild?.textContent)).toEqual([
      'What',
      'Project: planned',
      'Project: actual',
      '1.1 Fixture training activity: planned',
      '1.1 Fixture training activity: actual',
      '1.2 Fixture equipment activity: planned',
      '2.1 Fixture outreach activity: planned',
      '2.1 Fixture outreach activity: actual',
      'Reported figure: Fixture officials apply what they learnt',
      'Reported figure: Fixture officials apply what they learnt',
      'Reported figure: Fixture officials apply what they learnt',
      'Next phase starts: Fixture second phase',
    ])
  })
})

describe('an activity page', () => {
  it('says which status and dates are the project’s', async () => {
    const activity = (await repo.read('activity', 'en', SLUG, 'border-police-hr-policy'))!
    renderIn('en', <ActivityDetails activity={activity} />)
    const facts = within(screen.getByRole('region', { name: 'Status and dates' }))
    expect(facts.getByText('Status').nextElementSibling).toHaveTextContent(
      /^Completed \(the project’s status\)/,
    )
    expect(facts.getByText('Period').nextElementSibling).toHaveTextContent(
      /^15 December 2013 – July 2017 \(the project’s dates\)/,
    )
    expect(screen.getByText('No description is recorded.')).toBeInTheDocument()
    expect(screen.getByText('Beneficiaries').nextElementSibling).toHaveTextContent(
      'Border Police of Georgia',
    )
    expect(screen.getByText('No results are recorded.')).toBeInTheDocument()
    expect(screen.getByText('No documents are recorded.')).toBeInTheDocument()
  })

  it('shows the fixture activity’s own dates, roles, results and documents', async () => {
    const activity = (await repo.read('activity', 'en', FIXTURE_SLUG, 'fixture-training'))!
    renderIn('en', <ActivityDetails activity={activity} />)
    const facts = within(screen.getByRole('region', { name: 'Status and dates' }))
    expect(facts.getByText('Period').nextElementSibling).toHaveTextContent(
      /^1 March 2020 – 15 December 2021 \[1\]$/,
    )
    expect(screen.getByText('Partners').nextElementSibling).toHaveTextContent(/ICMPD/)
    expect(
      screen.getByRole('heading', { name: /Fixture officials apply what they learnt/, level: 3 }),
    ).toBeInTheDocument()
    const link = screen.getByRole('link', { name: 'Fixture training report' })
    expect(link).toHaveAttribute('href', expect.stringMatching(/fixture-training-report\.pdf$/))
    expect(link.parentElement).toHaveTextContent(
      'PDF file · English · 30 June 2022 · Results, outcomes and outputs',
    )
  })
})

describe('IATI readiness on the activity list', () => {
  it('lists why the seed file is not yet publishable, in both languages', async () => {
    const seedReport = await iatiReport(repo, SLUG)
    // The seed's file fails no rule of the ruleset today; a failed rule is listed like this one.
    const budgetRule = {
      id: '7.5.3',
      severity: 'error' as const,
      cases: 1,
      activities: 1,
      message: 'Budget Period must not be longer than one year.',
    }
    const report = { ...seedReport, rules: [...seedReport.rules, budgetRule] }
    const { unmount } = renderIn('en', <IatiReadiness report={report} />)
    expect(screen.getByText('IATI export: not yet publishable because')).toBeInTheDocument()
    expect(
      screen.getByText(/the actual end is known to the month only \(2017-07\)/),
    ).toBeInTheDocument()
    expect(screen.getByText(/IATI rule 7\.5\.3 \(error, 1 case\):/)).toHaveTextContent(
      'Budget Period must not be longer than one year.',
    )
    expect(screen.getByText(/24 of 24 activities have no dates of their own/)).toBeInTheDocument()
    expect(
      screen.getByText(/XM-DAC-47066-secure-borders-safe-migration \(provisional\)/),
    ).toBeInTheDocument()
    unmount()
    renderIn('ka', <IatiReadiness report={report} />)
    expect(screen.getByText(/ჯერ არ არის გამოსაქვეყნებლად მზად/)).toBeInTheDocument()
    expect(screen.getByText(/ბიუჯეტის პერიოდი ერთ წელზე გრძელი არ უნდა იყოს/)).toBeInTheDocument()
    expect(screen.getByText(/\(დროებითი\)/)).toBeInTheDocument()
  })

  it('says the fixture’s file passes', async () => {
    renderIn('en', <IatiReadiness report={await iatiReport(repo, FIXTURE_SLUG)} />)
    expect(
      screen.getByText('IATI export: the file passes IATI’s Standard ruleset with no error.'),
    ).toBeInTheDocument()
  })
})
