import { projectPeriod } from '@/lib/content/facts'
import { screen, within } from '@testing-library/react'
import { LocalizedText } from '@/components/LocalizedText'
import { ProjectFacts } from '@/components/ProjectFacts'
import { ProjectOverview } from '@/components/ProjectOverview'
import { KeyFigures } from '@/components/project/KeyFigures'
import { RichText } from '@/components/RichText'
import { isEuFunded } from '@/lib/site/eu-funding'
import { projectCitedGroups } from '@/lib/content/facts'
import { buildSourceIndex } from '@/lib/content/facts'
import type { Project } from '@/lib/content/schemas'
import { renderIn } from '../support/render'
import { embeddedRepository } from '../support/repository'

const repo = embeddedRepository()
const SLUG = 'secure-borders-safe-migration'
const sourcesOf = (project: Project) =>
  buildSourceIndex(
    projectCitedGroups(project, {
      fact: (fact) => fact,
      role: (name) => name,
      location: (name) => name,
      coordinates: (name) => name,
      result: (title) => title,
    }),
  )

describe('ProjectOverview', () => {
  it('shows the Georgian project with one h1, key figures and both objectives', async () => {
    const project = (await repo.read('project', 'ka', SLUG))!
    renderIn('ka', <ProjectOverview project={project} />)
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1)
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'დაცული საზღვრებისა და უსაფრთხო მიგრაციის მხარდაჭერა',
    )
    const objectives = within(screen.getByRole('region', { name: 'მიზნები' }))
    expect(objectives.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'ინტეგრირებული საზღვრის მართვის სფეროში არსებული სამართლებრივი და ინსტიტუციური შესაძლებლობების გაძლიერება',
      'მიგრაციის მართვის სტრუქტურის გაძლიერება',
    ])
    expect(objectives.getByText('ზოგადი მიზანი')).toBeInTheDocument()
  })

  it('shows key figures, and leaves out those the data does not hold', async () => {
    const project = (await repo.read('project', 'en', SLUG))!
    const { container } = renderIn('en', <ProjectOverview project={project} />)
    const figures = within(screen.getByRole('region', { name: 'Key figures' }))
    const value = (label: string) => figures.getByText(label).nextElementSibling
    // The period as it happened (actual end to the month, as the source gives it); the planned end
    // is marked in the facts.
    expect(value('Period')).toHaveTextContent('15 December 2013 – July 2017')
    expect(value('Status')).toHaveTextContent('Completed')
    expect(value('Total budget')).toHaveTextContent('€4,800,000')
    // Who funds it and who carries it out, from the organisations' roles.
    expect(value('Funded by')).toHaveTextContent('European Union (EU)')
    expect(value('Implemented by')).toHaveTextContent(
      'International Organization for Migration (IOM)',
    )
    // No source gives the EU's share: left out, not announced and not zero ("About this data"
    // names it among what is missing).
    expect(figures.queryByText('EU contribution')).toBeNull()
    expect(figures.queryByText(/Not recorded/)).toBeNull()
    // The hero carries no citation marks; the figures' sources are a click away.
    expect(container.querySelector('.hero')).not.toBeNull()
    expect(container.querySelector('.hero .source-refs')).toBeNull()
    // The programme's size is told where its structure is, after the results, not in the hero.
    expect(figures.queryByText('Thematic clusters')).toBeNull()
    const areas = within(screen.getByRole('region', { name: 'Areas of action' }))
    expect(
      areas.getByText(/The project’s 24 activities are grouped in 4 thematic clusters\./),
    ).toBeInTheDocument()
    const objectives = within(screen.getByRole('region', { name: 'Objectives' }))
    expect(objectives.getAllByRole('heading', { level: 3 })).toHaveLength(2)
    // 11 beneficiaries and 1 partner (ICMPD ran a parallel project of its own, not a part of this one).
    const partners = within(
      screen.getByRole('region', { name: 'Partner and beneficiary organisations' }),
    )
    expect(partners.getAllByRole('definition')).toHaveLength(12)
  })

  it('leads with what the project achieved: figures with their meaning and numbered notes', async () => {
    const project = (await repo.read('project', 'en', SLUG))!
    const { container } = renderIn('en', <ProjectOverview project={project} />)
    // Results come straight after the hero, before the project's structure.
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)
    expect(headings.slice(0, 3)).toEqual(['Key figures', 'Results', 'About the project'])
    expect(headings.indexOf('Objectives')).toBeGreaterThan(headings.indexOf('Results'))
    const results = within(screen.getByRole('region', { name: 'Results' }))
    const figures = results.getAllByRole('listitem').filter((li) => li.matches('.result-figure'))
    // One figure per indicator with one reported value; the per-event training counts are not a
    // total, so they stay in their table on the cluster page.
    expect(figures.map((li) => li.querySelector('.result-figure__value')?.textContent)).toEqual([
      '10 units',
      '50 devices',
      '3,400,000 EUR',
      '4 centres',
    ])
    expect(figures[0]).toHaveTextContent('VSC40HD/FS units handed over to the Patrol Police')
    // Each figure's sources are numbered notes at the end of this page, which lead on to "About
    // this data".
    const ref = within(figures[0]!).getByRole('link', { name: 'Source 1' })
    expect(ref).toHaveAttribute('href', '#source-1')
    const notes = within(screen.getByRole('region', { name: 'Sources' }))
    expect(container.querySelector('#source-1')).toHaveTextContent(
      'IOM Provides 10 Units of Document Examination Equipment to the Patrol Police of Georgia',
    )
    expect(notes.getByRole('link', { name: /About this data/ })).toHaveAttribute(
      'href',
      `/en/projects/${SLUG}/about-data`,
    )
    // The last section of the page is its notes.
    expect(headings.at(-1)).toBe('Sources')
  })

  it('shows the figures in Georgian, formatted for Georgian readers', async () => {
    const project = (await repo.read('project', 'ka', SLUG))!
    renderIn('ka', <ProjectOverview project={project} />)
    const results = within(screen.getByRole('region', { name: 'შედეგები' }))
    expect(results.getByText('3 400 000')).toBeInTheDocument()
    expect(
      results.getByText('საპატრულო პოლიციისთვის გადაცემული VSC40HD/FS დანადგარები'),
    ).toBeInTheDocument()
    const figures = within(screen.getByRole('region', { name: 'ძირითადი მაჩვენებლები' }))
    expect(figures.getByText('პროექტს აფინანსებს')).toBeInTheDocument()
    expect(figures.getByText('პროექტს ახორციელებს')).toBeInTheDocument()
  })

  it('leaves the EU emblem and statement to the site header, and names the EU as a donor by its role, not its slug', async () => {
    const project = (await repo.read('project', 'en', SLUG))!
    const { unmount } = renderIn('en', <ProjectOverview project={project} />)
    // Once per page, in the header (the layout's): not again in the page body.
    expect(screen.queryByText('Funded by the European Union')).toBeNull()
    expect(screen.getByText('Funded by').nextElementSibling).toHaveTextContent('European Union')
    unmount()
    const renamed = {
      ...project,
      organizations: project.organizations.map((entry) => ({
        ...entry,
        organization: { ...entry.organization, slug: `renamed-${entry.organization.slug}` },
      })),
    }
    expect(isEuFunded(renamed)).toBe(true)
    const { unmount: unmountRenamed } = renderIn('en', <ProjectOverview project={renamed} />)
    expect(screen.getByText('Funded by').nextElementSibling).toHaveTextContent('European Union')
    unmountRenamed()
    const noEu = {
      ...project,
      organizations: project.organizations.filter((entry) => entry.role !== 'donor'),
    }
    expect(isEuFunded(noEu)).toBe(false)
    renderIn('en', <ProjectOverview project={noEu} />)
    expect(screen.queryByText('Funded by the European Union')).toBeNull()
    expect(screen.queryByText('Funded by')).toBeNull()
    expect(screen.queryByText('EU contribution')).toBeNull()
  })

  it('shows a budget when one is given, formatted for the language', () => {
    const figures = {
      period: projectPeriod({
        startDate: '2013-12-15',
        plannedEnd: '2017-06',
        actualStart: null,
        actualEnd: null,
      }),
      status: 'active' as const,
      budget: { amount: 4500000, currency: 'EUR' as const },
    }
    const { unmount } = renderIn('en', <KeyFigures {...figures} />)
    expect(screen.getByText('€4,500,000')).toBeInTheDocument()
    expect(screen.getByText('In progress')).toBeInTheDocument()
    unmount()
    renderIn('ka', <KeyFigures {...figures} />)
    expect(screen.getByText('4 500 000 €')).toBeInTheDocument()
  })

  it('shows the English project facts with dates formatted for English readers', async () => {
    const project = (await repo.read('project', 'en', SLUG))!
    renderIn('en', <ProjectFacts project={project} sources={sourcesOf(project)} />)
    const facts = within(screen.getByRole('region', { name: 'Project facts' }))
    expect(facts.getByText('Implementer').nextElementSibling).toHaveTextContent(
      'International Organization for Migration (IOM)',
    )
    expect(facts.getByText('Donor').nextElementSibling).toHaveTextContent('European Union (EU)')
    expect(facts.getAllByText('15 December 2013')[0]).toHaveAttribute('datetime', '2013-12-15')
    expect(facts.getByText('10 July 2017')).toHaveAttribute('datetime', '2017-07-10')
    expect(facts.getByText('July 2017')).toHaveAttribute('datetime', '2017-07')
    expect(facts.getByText('Status').nextElementSibling).toHaveTextContent(/^Completed/)
  })

  it('formats dates in Georgian', async () => {
    const project = (await repo.read('project', 'ka', SLUG))!
    renderIn('ka', <ProjectFacts project={project} sources={sourcesOf(project)} />)
    expect(screen.getAllByText(/დეკემბერი/)[0]).toHaveAttribute('datetime', '2013-12-15')
  })
})

describe('fallback text carries its own lang', () => {
  it('marks Georgian text shown on an English page', () => {
    renderIn('en', <LocalizedText as="p" value={{ value: 'ეროვნული აღწერა', lang: 'ka' }} />)
    expect(screen.getByText('ეროვნული აღწერა')).toHaveAttribute('lang', 'ka')
  })

  it('adds no lang when the text is in the page language', () => {
    renderIn('en', <LocalizedText as="p" value={{ value: 'National census', lang: 'en' }} />)
    expect(screen.getByText('National census')).not.toHaveAttribute('lang')
  })

  it('marks fallback rich text too', () => {
    const block = {
      _type: 'block',
      _key: 'a',
      style: 'normal',
      markDefs: [],
      children: [{ _type: 'span', _key: 'b', text: 'ტექსტი', marks: [] }],
    }
    renderIn('en', <RichText value={{ value: [block], lang: 'ka' }} />)
    expect(screen.getByText('ტექსტი').closest('[lang]')).toHaveAttribute('lang', 'ka')
  })
})

describe('rich text links', () => {
  const linkBlock = (href: string) => ({
    _type: 'block',
    _key: 'a',
    style: 'normal',
    markDefs: [{ _type: 'link', _key: 'l', href }],
    children: [{ _type: 'span', _key: 'b', text: `link to ${href}`, marks: ['l'] }],
  })

  it.each([
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:x',
    ' JAVASCRIPT:alert(1)',
  ])('renders %s as plain text', (href) => {
    renderIn('en', <RichText value={{ value: [linkBlock(href)], lang: 'en' }} />)
    expect(screen.queryByRole('link')).toBeNull()
    expect(screen.getByText(`link to ${href}`, { normalizer: (text) => text })).toBeInTheDocument()
  })

  it('keeps safe links', () => {
    renderIn('en', <RichText value={{ value: [linkBlock('https://www.iom.int/')], lang: 'en' }} />)
    expect(screen.getByRole('link')).toHaveAttribute('href', 'https://www.iom.int/')
  })
})
