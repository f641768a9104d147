import { cleanup, screen, within } from '@testing-library/react'
import { ActivityDetails } from '@/components/activity/ActivityDetails'
import { IatiReadiness } from '@/components/donor/IatiReadiness'
import { AboutProjectData } from '@/components/donor/AboutProjectData'
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

/** The project's "About this data" page, with its IATI readiness. */
async function aboutData(locale: 'en' | 'ka', slug = SLUG) {
  const project = (await repo.read('project', locale, slug))!
  return <AboutProjectData project={project} iati={await iatiReport(repo, slug)} />
}

describe('"About this data" lists the project’s facts with their sources', () => {
  it('shows budget, period and status in English, with their notes, and names what is missing', async () => {
    const { container } = renderIn('en', await aboutData('en'))
    const facts = within(screen.getByRole('region', { name: 'Project facts' }))
    const value = (label: string) => facts.getByText(label).nextElementSibling!
    expect(value('Total budget')).toHaveTextContent(/^€4,800,000 \[\d/)
    expect(value('Period')).toHaveTextContent('15 December 2013 – July 2017')
    expect(value('Planned period')).toHaveTextContent('15 December 2013 – 10 July 2017')
    expect(value('Status')).toHaveTextContent(/^Completed/)
    expect(value('Funding programme')).toHaveTextContent(/gives 2010/)
    // What no source gives is left out of the facts and named once under "What is still missing".
    expect(facts.queryByText('EU contribution')).toBeNull()
    expect(facts.queryByText('Decision or contract reference')).toBeNull()
    const missing = within(screen.getByRole('region', { name: 'What is still missing' }))
    expect(missing.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'EU contribution',
      'Decision or contract reference',
    ])
    expect(container).not.toHaveTextContent(/Not recorded/)
    expect(screen.getByRole('heading', { name: 'How the data was gathered' })).toBeInTheDocument()
    expect(screen.getByRole('img', { name: /Timeline of/ })).toBeInTheDocument()
    // Every reference leads to an entry of the Sources section on the same page.
    const refs = [...container.querySelectorAll<HTMLAnchorElement>('.source-refs a')]
    expect(refs.length).toBeGreaterThan(5)
    for (const ref of refs) {
      expect(ref.getAttribute('href')).toMatch(/^#source-\d+$/)
      expect(container.querySelector(ref.getAttribute('href')!)).not.toBeNull()
      expect(ref).toHaveAccessibleName(`Source ${ref.textContent}`)
    }
  })

  it('quotes each source with the day it was accessed, the quote’s own language marked', async () => {
    const { container } = renderIn('en', await aboutData('en'))
    const sources = within(screen.getByRole('region', { name: 'Sources' }))
    expect(sources.getAllByRole('listitem').length).toBeGreaterThanOrEqual(15)
    expect(sources.getAllByText('Accessed').length).toBe(sources.getAllByRole('listitem').length)
    const georgianQuote = [...container.querySelectorAll('.sources__quote')].find((quote) =>
      quote.textContent?.includes('4.8 მილიონი ევრო'),
    )
    expect(georgianQuote).toHaveAttribute('lang', 'ka')
    expect(
      sources.getByText('Project budget: 4.8 MEUR', { exact: false }).closest('blockquote'),
    ).not.toHaveAttribute('lang')
  })

  it('carries the IATI readiness under its own heading', async () => {
    renderIn('en', await aboutData('en'))
    const iati = within(screen.getByRole('region', { name: 'Could the IATI file be published?' }))
    expect(iati.getByText('IATI export: not yet publishable because')).toBeInTheDocument()
    expect(
      iati.getByRole('link', { name: 'IATI activity file (XML, standard 2.03)' }),
    ).toHaveAttribute('href', `/api/iati/${SLUG}`)
  })

  it('speaks Georgian on the Georgian page', async () => {
    const { container } = renderIn('ka', await aboutData('ka'))
    const facts = within(screen.getByRole('region', { name: 'პროექტის მონაცემები' }))
    expect(facts.getByText('საერთო ბიუჯეტი').nextElementSibling).toHaveTextContent(/4 800 000/)
    expect(facts.queryByText('ევროკავშირის წვლილი')).toBeNull()
    expect(
      within(screen.getByRole('region', { name: 'რა აკლია ჯერ კიდევ' })).getByText(
        'ევროკავშირის წვლილი',
      ),
    ).toBeInTheDocument()
    expect(facts.getByText('სტატუსი').nextElementSibling).toHaveTextContent(/^დასრულებული/)
    const planned = facts.getByText('დაგეგმილი პერიოდი').nextElementSibling!
    expect(planned.querySelector('time[datetime="2017-07-10"]')).toHaveTextContent('10 ივლისი')
    expect(planned).toHaveTextContent(/უახლესი გეგმა, რომელსაც წყარო ასახელებს/)
    expect(screen.getByRole('heading', { name: 'წყაროები', level: 2 })).toBeInTheDocument()
    expect(container).not.toHaveTextContent('არ არის მითითებული')
  })
})

describe('the overview', () => {
  it('shows the facts without citation marks, its references leading to its notes and on to "About this data"', async () => {
    const project = (await repo.read('project', 'en', SLUG))!
    const overview = renderIn('en', <ProjectOverview project={project} />)
    const figures = within(screen.getByRole('region', { name: 'Key figures' }))
    const value = (label: string) => figures.getByText(label).nextElementSibling!
    expect(value('Total budget').textContent).toBe('€4,800,000')
    expect(value('Status').textContent).toBe('Completed')
    expect(figures.queryByText('EU contribution')).toBeNull()
    expect(overview.container.querySelector('.key-figures .source-refs')).toBeNull()
    // Places and contact are the visitor's: on the overview, not on "About this data".
    expect(screen.getByRole('heading', { name: 'Locations', level: 2 })).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Contact', level: 2 })).toBeInTheDocument()
    // Every reference is a numbered note at the end of this page: the cited page and its publisher.
    const refs = [...overview.container.querySelectorAll<HTMLAnchorElement>('.source-refs a')]
    expect(refs.length).toBeGreaterThan(0)
    for (const ref of refs) {
      const href = ref.getAttribute('href')!
      expect(href).toMatch(/^#source-\d+$/)
      expect(overview.container.querySelector(`${href}.sources__item`)).not.toBeNull()
    }
    const notes = within(screen.getByRole('region', { name: 'Sources' }))
    const contactHref = within(screen.getByRole('region', { name: 'Contact' }))
      .getAllByRole('link', { name: /^Source \d+$/ })[0]!
      .getAttribute('href')!
    const contactSource = overview.container
      .querySelector(`${contactHref} a`)!
      .getAttribute('href')!
    // No bookkeeping: no quotes, access dates, readiness or announced gaps.
    expect(overview.container.querySelector('.sources__quote')).toBeNull()
    expect(overview.container).not.toHaveTextContent(/Not recorded|Seen on|Accessed|publishable/)
    expect(
      screen.getByRole('link', {
        name: 'About this data: sources, method and what is still missing',
      }),
    ).toHaveAttribute('href', `/en/projects/${SLUG}/about-data`)
    expect(notes.getByRole('link', { name: /About this data$/ })).toHaveAttribute(
      'href',
      `/en/projects/${SLUG}/about-data`,
    )
    cleanup()
    // "About this data" gives each noted source in full, with what it supports.
    const page = renderIn('en', await aboutData('en'))
    const inFull = [...page.container.querySelectorAll('.sources__item')].find(
      (item) => item.querySelector('.sources__title a')?.getAttribute('href') === contactSource,
    )
    expect(inFull).toHaveTextContent(/Supports.*Contact/)
  })
})

describe('the places', () => {
  it('says once what happened at a group of places, then names each place', async () => {
    const project = (await repo.read('project', 'en', SLUG))!
    renderIn('en', <ProjectOverview project={project} />)
    const places = within(screen.getByRole('region', { name: 'Locations' }))
    const handedOver = places.getAllByText(/document-examination equipment, handed over/)
    expect(handedOver).toHaveLength(1)
    const group = handedOver[0]!.closest<HTMLElement>('.locations__group')!
    const names = within(group).getAllByRole('listitem')
    expect(names.map((item) => item.textContent)).toEqual(
      expect.arrayContaining(['Tbilisi International Airport', 'Kutaisi International Airport']),
    )
    expect(names.length).toBeGreaterThanOrEqual(10)
    // The sentence carries the sources once; the names carry none of their own.
    expect(group.querySelectorAll('.locations__what .source-refs')).toHaveLength(1)
    expect(group.querySelectorAll('li .source-refs')).toHaveLength(0)
  })

  it('leaves the pages the map’s coordinates come from to "About this data"', async () => {
    const project = (await repo.read('project', 'en', SLUG))!
    const overview = renderIn('en', <ProjectOverview project={project} />)
    expect(overview.container).not.toHaveTextContent(/Coordinates: Tbilisi International Airport/)
    cleanup()
    const page = renderIn('en', await aboutData('en'))
    expect(page.container).toHaveTextContent(/Coordinates: Tbilisi International Airport/)
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

describe.each([
  {
    locale: 'en',
    counted: 'Chart: Fixture officials trained',
    share: 'Chart: Fixture share of checkpoints equipped',
    captions: ['Number (officials)', 'Per cent'],
    key: ['Actual', 'Target', 'Baseline'],
    firstRow: '15 Jan 2020 – 31 Dec 2020: 35',
  },
  {
    locale: 'ka',
    counted: 'დიაგრამა: სატესტო გადამზადებული მოხელეები',
    share: 'დიაგრამა: სატესტო აღჭურვილი პუნქტების წილი',
    captions: ['რაოდენობა (მოხელე)', 'პროცენტი'],
    key: ['ფაქტობრივი მაჩვენებელი', 'სამიზნე მაჩვენებელი', 'საბაზისო მაჩვენებელი'],
    firstRow: '15 იან. 2020 – 31 დეკ. 2020: 35',
  },
] as const)('an indicator chart read without a mouse ($locale)', (expected) => {
  const textsOf = (root: Element, selector: string) =>
    [...root.querySelectorAll(selector)].map((element) => element.textContent)

  it('has a scale from 0 in round steps, a caption saying what it counts, and a key', async () => {
    const project = (await repo.read('project', expected.locale, FIXTURE_SLUG))!
    renderIn(expected.locale, <ObjectiveResults project={project} />)
    // Each chart is named by its title, then its description.
    const chartNamed = (title: string) =>
      screen.getByRole('img', { name: (name) => name.startsWith(`${title} `) })
    const counted = chartNamed(expected.counted)
    // Values up to 62 (actual), targets 40 and 60, baseline 20: a scale to 80 in steps of 20.
    expect(textsOf(counted, '.chart-axis text')).toEqual([
      '0',
      '20',
      '40',
      '60',
      '80',
      expected.captions[0],
    ])
    expect(counted.querySelector('.indicator-chart__label')).toHaveTextContent(expected.firstRow)
    // A share is drawn on its whole scale, 0 to 100 per cent.
    const share = chartNamed(expected.share)
    expect(textsOf(share, '.chart-axis text')).toEqual([
      '0',
      '20',
      '40',
      '60',
      '80',
      '100',
      expected.captions[1],
    ])
    for (const chart of [counted, share]) {
      const legend = chart.parentElement!.querySelector('.chart-legend')!
      expect(textsOf(legend, 'li')).toEqual(expected.key)
      expect(legend).toHaveAttribute('aria-hidden', 'true')
    }
    // Bars are drawn against the same scale: 35 of 80 is 43.75 % of the track.
    expect(counted.querySelector('.indicator-chart__actual')).toHaveAttribute('width', '43.75%')
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

  it.each([
    {
      locale: 'en',
      rows: [
        ['Project: planned', '1 Jan 2020 – 31 Dec 2022'],
        ['Project: actual', '15 Jan 2020 – 20 Dec 2022'],
        ['1.1: planned', '1 Feb 2020 – 31 Dec 2021'],
      ],
      figure: 'Reported figure',
      figureDates: ['15 Jan 2020', '1 Jan 2021', '1 Jan 2022'],
      next: ['Next phase starts', '10 Jan 2023'],
    },
    {
      locale: 'ka',
      rows: [
        ['პროექტი: დაგეგმილი', '1 იან. 2020 – 31 დეკ. 2022'],
        ['პროექტი: ფაქტობრივი', '15 იან. 2020 – 20 დეკ. 2022'],
        ['1.1: დაგეგმილი', '1 თებ. 2020 – 31 დეკ. 2021'],
      ],
      figure: 'გამოქვეყნებული მონაცემი',
      figureDates: ['15 იან. 2020', '1 იან. 2021', '1 იან. 2022'],
      next: ['შემდეგი ფაზის დაწყება', '10 იან. 2023'],
    },
  ] as const)(
    'writes what each bar and mark is and its dates on the chart ($locale)',
    async (expected) => {
      const project = (await repo.read('project', expected.locale, FIXTURE_SLUG))!
      const { container } = renderIn(
        expected.locale,
        <ProjectTimeline timeline={projectTimeline(project)} title={project.title} />,
      )
      const chart = container.querySelector('svg.timeline__chart')!
      const lines = (group: Element) =>
        [...group.querySelectorAll('text')].map((t) => t.textContent)
      const bars = [...chart.querySelectorAll('.timeline__bar')]
      expect(bars.slice(0, 3).map(lines)).toEqual(expected.rows)
      expect(bars).toHaveLength(7)
      const markers = [...chart.querySelectorAll('.timeline__marker')]
      expect(markers.map(lines)).toEqual([
        ...expected.figureDates.map((date) => [expected.figure, date]),
        expected.next,
      ])
      // Years along the top, each labelled; the line closing the axis (2024) is not.
      expect(lines(chart).slice(0, 5)).toEqual([
        '2020',
        '2021',
        '2022',
        '2023',
        expected.rows[0][0],
      ])
    },
  )
})

describe('an activity page', () => {
  it('says once that the status and dates are the project’s, and leaves empty sections out', async () => {
    const activity = (await repo.read('activity', 'en', SLUG, 'border-police-hr-policy'))!
    const { container } = renderIn('en', <ActivityDetails activity={activity} />)
    const facts = within(screen.getByRole('region', { name: 'Status and dates' }))
    // The same values as the list and the CSV, said once to be the project's.
    expect(facts.getByText('Status').nextElementSibling).toHaveTextContent(
      /^Completed( \[[\d, ]+\])?$/,
    )
    expect(facts.getByText('Period').nextElementSibling).toHaveTextContent(
      /^15 December 2013 – July 2017( \[[\d, ]+\])?$/,
    )
    expect(
      facts.getByText('The status and period are those of the project as a whole.'),
    ).toBeInTheDocument()
    expect(screen.getByText('Beneficiaries').nextElementSibling).toHaveTextContent(
      'Border Police of Georgia',
    )
    // No heading with nothing of the activity's own under it.
    for (const name of ['Description', 'Results', 'Documents', 'Locations']) {
      expect(screen.queryByRole('heading', { name, level: 2 })).toBeNull()
    }
    expect(container).not.toHaveTextContent(
      /Not recorded|not recorded|the project’s dates|the project’s status|Seen on|Accessed/,
    )
    // Its sources as numbered notes, the quotes and access dates a click away.
    const sources = within(screen.getByRole('region', { name: 'Sources' }))
    expect(container.querySelector('.sources__quote')).toBeNull()
    expect(
      sources.getByRole('link', {
        name: 'Each source with its passage quoted and the day it was accessed: About this data',
      }),
    ).toHaveAttribute('href', `/en/projects/${SLUG}/about-data`)
  })

  it('speaks Georgian without announcing gaps', async () => {
    const activity = (await repo.read('activity', 'ka', SLUG, 'border-police-hr-policy'))!
    const { container } = renderIn('ka', <ActivityDetails activity={activity} />)
    expect(screen.getByText('აქ მოცემულია მთელი პროექტის სტატუსი და პერიოდი.')).toBeInTheDocument()
    expect(container).not.toHaveTextContent('არ არის მითითებული')
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

describe('IATI readiness on "About this data"', () => {
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
    expect(
      screen.getByText(/24 of 24 activities have no status and start of their own/),
    ).toBeInTheDocument()
    expect(screen.getByText(/the total budget is not split by year/)).toBeInTheDocument()
    // No source gives a transaction or the gender marker: listed as incomplete, not blocking.
    const incomplete = screen.getByText('Also incomplete:').nextElementSibling!
    expect(incomplete).toHaveTextContent(/no transaction is recorded, so the file gives none/)
    expect(incomplete).toHaveTextContent(
      /the gender equality policy marker \(OECD DAC, code 1\) is not recorded/,
    )
    expect(screen.queryByText(/planned end is known to the month only/)).toBeNull()
    expect(
      screen.getByText(/XM-DAC-47066-secure-borders-safe-migration \(provisional\)/),
    ).toBeInTheDocument()
    unmount()
    renderIn('ka', <IatiReadiness report={report} />)
    expect(screen.getByText(/ჯერ არ არის გამოსაქვეყნებლად მზად/)).toBeInTheDocument()
    expect(screen.getByText(/არცერთი ტრანზაქცია ჩაწერილი არ არის/)).toBeInTheDocument()
    expect(
      screen.getByText(/გენდერული თანასწორობის პოლიტიკის მარკერი \(OECD DAC, კოდი 1\)/),
    ).toBeInTheDocument()
    expect(screen.getByText(/ბიუჯეტის პერიოდი ერთ წელზე გრძელი არ უნდა იყოს/)).toBeInTheDocument()
    expect(screen.getByText(/\(დროებითი\)/)).toBeInTheDocument()
  })

  it('lists a local public address as blocking, in both languages', async () => {
    const report = await iatiReport(repo, FIXTURE_SLUG, new Date(), 'http://localhost:3000')
    const { unmount } = renderIn('en', <IatiReadiness report={report} />)
    expect(screen.getByText('IATI export: not yet publishable because')).toBeInTheDocument()
    expect(
      screen.getByText(/public address is not set or is local \(http:\/\/localhost:3000\)/),
    ).toBeInTheDocument()
    unmount()
    renderIn('ka', <IatiReadiness report={report} />)
    expect(screen.getByText(/საჯარო მისამართი .* \(http:\/\/localhost:3000\)/)).toBeInTheDocument()
  })

  it('says the fixture’s file passes', async () => {
    renderIn('en', <IatiReadiness report={await iatiReport(repo, FIXTURE_SLUG)} />)
    expect(
      screen.getByText('IATI export: the file passes IATI’s Standard ruleset with no error.'),
    ).toBeInTheDocument()
  })
})
