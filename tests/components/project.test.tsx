import { screen, within } from '@testing-library/react'
import { LocalizedText } from '@/components/LocalizedText'
import { ProjectFacts } from '@/components/ProjectFacts'
import { ProjectOverview } from '@/components/ProjectOverview'
import { RichText } from '@/components/RichText'
import { projectCitedGroups } from '@/lib/content/cited'
import { buildSourceIndex } from '@/lib/content/source-index'
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
  it('shows the Georgian project with one h1, facts and both objectives', async () => {
    const project = (await repo.getProject('ka', SLUG))!
    renderIn('ka', <ProjectOverview project={project} />)
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1)
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'დაცული საზღვრებისა და უსაფრთხო მიგრაციის მხარდაჭერა',
    )
    expect(
      screen.getByText('პროექტის კონკრეტული მიზნები შემდეგში მდგომარეობს:'),
    ).toBeInTheDocument()
    const objectives = within(
      screen.getByRole('region', { name: 'პროექტის კონკრეტული მიზნები შემდეგში მდგომარეობს:' }),
    )
    expect(objectives.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'ინტეგრირებული საზღვრის მართვის სფეროში არსებული სამართლებრივი და ინსტიტუციური შესაძლებლობების გაძლიერება',
      'მიგრაციის მართვის სტრუქტურის გაძლიერება',
    ])
  })

  it('shows the English project facts with dates formatted for English readers', async () => {
    const project = (await repo.getProject('en', SLUG))!
    renderIn('en', <ProjectFacts project={project} sources={sourcesOf(project)} />)
    const facts = within(screen.getByRole('region', { name: 'Key figures' }))
    expect(facts.getByText('Implementer').nextElementSibling).toHaveTextContent(
      'International Organization for Migration (IOM)',
    )
    expect(facts.getByText('Donor').nextElementSibling).toHaveTextContent('European Union (EU)')
    expect(facts.getAllByText('15 December 2013')[0]).toHaveAttribute('datetime', '2013-12-15')
    expect(facts.getByText('June 2017')).toHaveAttribute('datetime', '2017-06')
    expect(facts.getByText('10 July 2017')).toHaveAttribute('datetime', '2017-07-10')
    expect(facts.getByText('Status').nextElementSibling).toHaveTextContent(/^Completed/)
  })

  it('formats dates in Georgian', async () => {
    const project = (await repo.getProject('ka', SLUG))!
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
