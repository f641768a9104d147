import { projectPeriod } from '@/lib/content/facts'
import { screen, within } from '@testing-library/react'
import { LocalizedText } from '@/components/LocalizedText'
import { ProjectFacts } from '@/components/ProjectFacts'
import { ProjectOverview } from '@/components/ProjectOverview'
import { KeyFigures } from '@/components/project/KeyFigures'
import { RichText } from '@/components/RichText'
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
    expect(value('Thematic clusters')).toHaveTextContent('4')
    expect(value('Activities')).toHaveTextContent('24')
    expect(value('Specific objectives')).toHaveTextContent('2')
    // 11 beneficiaries and 1 partner (ICMPD ran a parallel project of its own, not a part of this one).
    expect(value('Partners and beneficiaries')).toHaveTextContent('12')
    // The period as it happened (actual end to the month, as the source gives it); the planned end
    // is marked in the facts.
    expect(value('Period')).toHaveTextContent('15 December 2013 – July 2017')
    expect(value('Status')).toHaveTextContent('Completed')
    expect(value('Total budget')).toHaveTextContent('€4,800,000')
    // No source gives the EU's share: left out, not announced and not zero ("About this data"
    // names it among what is missing).
    expect(figures.queryByText('EU contribution')).toBeNull()
    expect(figures.queryByText(/Not recorded/)).toBeNull()
    // The hero carries no citation marks; the figures' sources are a click away.
    expect(container.querySelector('.hero')).not.toBeNull()
    expect(container.querySelector('.hero .source-refs')).toBeNull()
  })

  it('carries the EU emblem and statement because the EU is a donor, not because of a slug', async () => {
    const project = (await repo.read('project', 'en', SLUG))!
    const { unmount } = renderIn('en', <ProjectOverview project={project} />)
    expect(screen.getByText('Funded by the European Union')).toBeInTheDocument()
    unmount()
    const renamed = {
      ...project,
      organizations: project.organizations.map((entry) => ({
        ...entry,
        organization: { ...entry.organization, slug: `renamed-${entry.organization.slug}` },
      })),
    }
    const { unmount: unmountRenamed } = renderIn('en', <ProjectOverview project={renamed} />)
    expect(screen.getByText('Funded by the European Union')).toBeInTheDocument()
    unmountRenamed()
    const noEu = {
      ...project,
      organizations: project.organizations.filter((entry) => entry.role !== 'donor'),
    }
    renderIn('en', <ProjectOverview project={noEu} />)
    expect(screen.queryByText('Funded by the European Union')).toBeNull()
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
      objectives: 2,
      clusters: 4,
      activities: 24,
      partners: 7,
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
    expect(facts.getByText('June 2017')).toHaveAttribute('datetime', '2017-06')
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
