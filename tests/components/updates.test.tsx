import { screen, within } from '@testing-library/react'
import { PortalHome } from '@/components/home/PortalHome'
import { LatestUpdates, NamedUpdates, UpdateList } from '@/components/updates/UpdateList'
import { UpdateArticle } from '@/components/updates/UpdateArticle'
import { UpdatesPager } from '@/components/updates/UpdatesPager'
import { embeddedRepository } from '../support/repository'
import type { UpdateListItem } from '@/lib/content/schemas'
import { messages } from '@/lib/i18n/messages'
import { renderIn } from '../support/render'

const item = (slug: string, title: string, publishedAt: string): UpdateListItem => ({
  id: `update.${slug}`,
  slug,
  publishedAt,
  updatedAt: publishedAt,
  title: { value: title, lang: 'en' },
  summary: { value: `${title} summary`, lang: 'en' },
  project: null,
  activities: [],
})
const updates = [
  item('handover', 'Equipment handed over', '2016-12-01T00:00:00Z'),
  item('training', 'Officials trained', '2015-11-14T00:00:00Z'),
]

describe.each(['ka', 'en'] as const)('update lists (%s)', (locale) => {
  const t = messages[locale].Updates

  it('lists updates with title links, dates and summaries', () => {
    renderIn(locale, <UpdateList updates={updates} />)
    const links = screen.getAllByRole('link')
    expect(links.map((l) => l.getAttribute('href'))).toEqual([
      `/${locale}/updates/handover`,
      `/${locale}/updates/training`,
    ])
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(2)
    expect(document.querySelector('time')).toHaveAttribute('datetime', '2016-12-01T00:00:00Z')
    expect(screen.getByText('Officials trained summary')).toBeInTheDocument()
  })

  it('lists the updates that name a page, and renders nothing (no heading) when none do', () => {
    const { unmount } = renderIn(locale, <NamedUpdates updates={updates} />)
    const section = screen.getByRole('region', { name: t.named })
    expect(within(section).getAllByRole('link')).toHaveLength(2)
    unmount()
    const { container } = renderIn(locale, <NamedUpdates updates={[]} />)
    expect(container).toBeEmptyDOMElement()
  })

  it('shows the latest updates on the home page only when there are some', () => {
    const { unmount } = renderIn(
      locale,
      <PortalHome projects={[]} total={0} euFunded updates={updates} />,
    )
    const section = screen.getByRole('region', { name: t.latest })
    expect(within(section).getByRole('link', { name: t.all })).toHaveAttribute(
      'href',
      `/${locale}/updates`,
    )
    unmount()
    renderIn(locale, <PortalHome projects={[]} total={0} euFunded updates={[]} />)
    expect(screen.queryByRole('heading', { name: t.latest })).toBeNull()
    const { container } = renderIn(locale, <LatestUpdates updates={[]} />)
    expect(container).toBeEmptyDOMElement()
  })

  it('pages the list with newer and older links, and shows no pager for one page', () => {
    const { unmount } = renderIn(locale, <UpdatesPager page={2} pages={3} />)
    const nav = screen.getByRole('navigation', { name: t.pagination })
    expect(within(nav).getByRole('link', { name: t.previous })).toHaveAttribute(
      'href',
      `/${locale}/updates`,
    )
    expect(within(nav).getByRole('link', { name: t.next })).toHaveAttribute(
      'href',
      `/${locale}/updates?page=3`,
    )
    unmount()
    const { container } = renderIn(locale, <UpdatesPager page={1} pages={1} />)
    expect(container).toBeEmptyDOMElement()
  })
})

describe.each(['ka', 'en'] as const)('an update’s page (%s)', (locale) => {
  it('shows the seed update’s summary, the project it names and its cited source', async () => {
    const repository = embeddedRepository()
    const [first] = await repository.read('updates', locale)
    const update = await repository.read('update', locale, undefined, first!.slug)
    renderIn(locale, <UpdateArticle update={update!} />)
    expect(screen.getByText(update!.summary!.value)).toBeInTheDocument()
    const about = screen.getByRole('region', { name: messages[locale].Updates.about })
    expect(within(about).getByRole('link')).toHaveAttribute(
      'href',
      `/${locale}/projects/secure-borders-safe-migration`,
    )
    const sources = screen.getByRole('region', { name: messages[locale].Sources.heading })
    expect(
      within(sources).getByRole('link', { name: /Ministry of Refugees|Netherlands/ }),
    ).toHaveAttribute('href', expect.stringMatching(/^http:\/\/iom\.ge\//))
  })
})
