import { cleanup, screen, within } from '@testing-library/react'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { EuFunding } from '@/components/EuFunding'
import { SiteFooter } from '@/components/SiteFooter'
import { SiteHeader } from '@/components/SiteHeader'
import { identityOf } from '@/lib/site/identity'
import { ClusterActivities } from '@/components/cluster/ClusterActivities'
import { ClusterCards } from '@/components/project/ClusterCards'
import { messages } from '@/lib/i18n/messages'
import { routing } from '@/lib/i18n/routing'
import { renderIn } from '../support/render'
import { embeddedRepository } from '../support/repository'

// The language switch and the navigation's links read the URL through Next's router hooks.
const LIST_PATH = '/en/projects/secure-borders-safe-migration/activities'
let mockPathname = LIST_PATH
jest.mock('next/navigation', () => ({
  usePathname: () => mockPathname,
  useSearchParams: () => new URLSearchParams('cluster=migration-data-management&q=census'),
}))
beforeEach(() => {
  mockPathname = LIST_PATH
})

const repo = embeddedRepository()
const SLUG = 'secure-borders-safe-migration'

describe.each([
  ['ka', 'თემატური ჯგუფი 2', '9 საქმიანობა', 'ინტეგრირებული საზღვრის მართვა', 'მენიუს დახურვა'],
  ['en', 'Thematic cluster 2', '9 activities', 'Integrated border management', 'Close menu'],
] as const)('site components (%s)', (locale, clusterLabel, count, shortTitle, closeMenu) => {
  const { statement, emblem } = messages[locale].EuFunding
  const nav = messages[locale].Nav

  it('shows the four clusters as cards: short title as the link, full title, count', async () => {
    const project = (await repo.read('project', locale, SLUG))!
    const { container } = renderIn(
      locale,
      <ClusterCards projectSlug={SLUG} clusters={project.clusters} />,
    )
    expect(container.querySelectorAll('.cluster-card')).toHaveLength(4)
    expect(container.querySelectorAll('.cluster-card svg[aria-hidden="true"]')).toHaveLength(4)
    expect(screen.getByText(clusterLabel)).toBeInTheDocument()
    expect(screen.getByText(count)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: shortTitle })).toHaveAttribute(
      'href',
      `/${locale}/projects/${SLUG}/clusters/integrated-border-management`,
    )
    expect(screen.getByText(project.clusters[0]!.title.value)).toBeInTheDocument()
  })

  it('lists a cluster’s activities in order with numbers and links', async () => {
    const cluster = (await repo.read(
      'cluster',
      locale,
      SLUG,
      'reintegration-of-returning-migrants',
    ))!
    renderIn(
      locale,
      <ClusterActivities projectSlug={SLUG} clusterNumber={3} activities={cluster.activities} />,
    )
    const links = screen.getAllByRole('link')
    expect(links).toHaveLength(3)
    expect(links[1]).toHaveAttribute(
      'href',
      `/${locale}/projects/${SLUG}/activities/support-to-mobility-centre`,
    )
    expect(screen.getByText('3.2')).toBeInTheDocument()
  })

  it('shows the EU emblem together with the funding statement', () => {
    renderIn(locale, <EuFunding />)
    const paragraph = screen.getByText(statement).closest('p')!
    expect(paragraph).toContainElement(screen.getByRole('img', { name: emblem }))
  })

  it('puts the EU mark in the header of an EU-funded portal, and leaves it out otherwise', () => {
    const { unmount } = renderIn(
      locale,
      <SiteHeader euFunded identity={identityOf(null, locale)} />,
    )
    const header = within(screen.getByRole('banner'))
    expect(header.getByText(statement).closest('p')).toContainElement(
      header.getByRole('img', { name: emblem }),
    )
    unmount()
    renderIn(locale, <SiteHeader euFunded={false} identity={identityOf(null, locale)} />)
    expect(screen.queryByText(statement)).toBeNull()
  })

  it('has a phone menu without script and a language switch that keeps path and query', () => {
    const { container } = renderIn(
      locale,
      <SiteHeader euFunded identity={identityOf(null, locale)} />,
    )
    const menu = container.querySelector('details.site-menu')!
    expect(menu.querySelector('summary')).toHaveTextContent(messages[locale].Header.menu)
    // Open, the toggle is labelled in words (CSS shows one label or the other).
    expect(menu.querySelector('summary .site-menu__open')).toHaveTextContent(
      messages[locale].Header.menu,
    )
    expect(menu.querySelector('summary .site-menu__close')).toHaveTextContent(closeMenu)
    const nav = within(screen.getByRole('navigation', { name: messages[locale].Nav.label }))
    expect(nav.getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual([
      `/${locale}`,
      `/${locale}/projects`,
      `/${locale}/activities`,
      `/${locale}/updates`,
    ])
    const other = locale === 'ka' ? 'en' : 'ka'
    const switchNav = within(
      screen.getByRole('navigation', { name: messages[locale].LanguageSwitch.label }),
    )
    expect(switchNav.getByRole('link')).toHaveAttribute(
      'href',
      `/${other}/projects/${SLUG}/activities?cluster=migration-data-management&q=census`,
    )
    expect(switchNav.getByRole('link')).toHaveAttribute('lang', other)
  })

  it('marks the current page, or the section a page is in, in the menu and the footer', () => {
    const marks = () =>
      ['Main', 'Footer'].map((where) => {
        const name = where === 'Main' ? nav.label : messages[locale].Footer.navigation
        const links = within(screen.getByRole('navigation', { name })).getAllByRole('link')
        return links.map((link) => `${link.textContent}=${link.getAttribute('aria-current')}`)
      })
    const renderAt = (path: string) => {
      cleanup()
      mockPathname = path
      renderIn(
        locale,
        <>
          <SiteHeader euFunded={false} identity={identityOf(null, locale)} />
          <SiteFooter euFunded={false} lastUpdated={null} identity={identityOf(null, locale)} />
        </>,
      )
    }
    renderAt(`/${locale}/activities`)
    expect(marks()).toEqual([
      [`${nav.home}=null`, `${nav.projects}=null`, `${nav.activities}=page`, `${nav.updates}=null`],
      [`${nav.projects}=null`, `${nav.activities}=page`, `${nav.updates}=null`],
    ])
    renderAt(`/${locale}/projects/${SLUG}/activities`)
    expect(marks()).toEqual([
      [`${nav.home}=null`, `${nav.projects}=true`, `${nav.activities}=null`, `${nav.updates}=null`],
      [`${nav.projects}=true`, `${nav.activities}=null`, `${nav.updates}=null`],
    ])
    renderAt(`/${locale}`)
    expect(marks()[0]).toEqual([
      `${nav.home}=page`,
      `${nav.projects}=null`,
      `${nav.activities}=null`,
      `${nav.updates}=null`,
    ])
    // An update's page lies within Updates.
    renderAt(`/${locale}/updates/some-update`)
    expect(marks()[0]).toEqual([
      `${nav.home}=null`,
      `${nav.projects}=null`,
      `${nav.activities}=null`,
      `${nav.updates}=true`,
    ])
    // The other language's page of the same path is not this one.
    renderAt(`/${locale === 'ka' ? 'en' : 'ka'}/activities`)
    expect(marks().flat().join()).not.toMatch(/=(page|true)/)
  })

  it('names the current page last in the breadcrumbs, marked and not linked', () => {
    renderIn(
      locale,
      <Breadcrumbs items={[{ href: '/projects', label: nav.projects }]} current={shortTitle} />,
    )
    const trail = within(screen.getByRole('navigation', { name: nav.breadcrumbs }))
    expect(trail.getByRole('link', { name: nav.projects })).not.toHaveAttribute('aria-current')
    const items = trail.getAllByRole('listitem')
    expect(items.at(-1)).toHaveTextContent(shortTitle)
    expect(items.at(-1)).toHaveAttribute('aria-current', 'page')
    expect(within(items.at(-1)!).queryByRole('link')).toBeNull()
  })

  it('ends every page with the EU disclaimer in both languages, the contact and the update date', () => {
    renderIn(
      locale,
      <>
        <SiteHeader euFunded identity={identityOf(null, locale)} />
        <SiteFooter
          euFunded
          lastUpdated="2026-11-25T09:30:00Z"
          identity={identityOf(null, locale)}
        />
      </>,
    )
    const footer = within(screen.getByRole('contentinfo'))
    // The emblem and statement stand once a page, in the header band; the footer has the disclaimer.
    expect(screen.getAllByText(statement)).toHaveLength(1)
    expect(within(screen.getByRole('banner')).getByText(statement)).toBeInTheDocument()
    expect(footer.queryByText(statement)).toBeNull()
    expect(footer.queryByRole('img', { name: emblem })).toBeNull()
    const own = footer.getByText(messages[locale].Footer.disclaimer)
    expect(own).not.toHaveAttribute('lang')
    const other = locale === 'ka' ? 'en' : 'ka'
    expect(footer.getByText(messages[other].Footer.disclaimer)).toHaveAttribute('lang', other)
    expect(footer.getByRole('link', { name: 'georgia.iom.int' })).toHaveAttribute(
      'href',
      'https://georgia.iom.int',
    )
    const time = footer.getByText(locale === 'ka' ? '25 ნოემბერი, 2026' : '25 November 2026')
    expect(time).toHaveAttribute('datetime', '2026-11-25T09:30:00Z')
  })

  it('leaves the EU statement and disclaimer out of a portal that is not EU-funded', () => {
    renderIn(
      locale,
      <SiteFooter euFunded={false} lastUpdated={null} identity={identityOf(null, locale)} />,
    )
    expect(screen.queryByText(statement)).toBeNull()
    expect(screen.queryByText(messages[locale].Footer.disclaimer)).toBeNull()
    expect(screen.getByRole('contentinfo').querySelector('time')).toBeNull()
  })
})

describe.each(routing.locales)('site identity from the site settings (%s)', (locale) => {
  const settings = {
    name: { value: `Portal ${locale}`, lang: locale },
    organization: { value: `Org ${locale}`, lang: locale },
    logo: {
      src: 'https://cdn.sanity.io/images/p/d/logo-200x80.svg',
      alt: `IOM logo ${locale}`,
      width: 200,
      height: 80,
    },
    contact: {
      email: 'info@example.org',
      phone: '+995 32 000 000',
      address: null,
      website: 'https://example.org',
    },
    socialLinks: [{ platform: 'facebook' as const, url: 'https://facebook.com/example' }],
    footerText: { value: `Footer ${locale}`, lang: locale },
  }

  it('shows the logo through <img> with its size and alt, and the settings texts', () => {
    const { container } = renderIn(
      locale,
      <>
        <SiteHeader euFunded identity={identityOf(settings, locale)} />
        <SiteFooter euFunded={false} lastUpdated={null} identity={identityOf(settings, locale)} />
      </>,
    )
    const logo = within(screen.getByRole('banner')).getByRole('img', { name: `IOM logo ${locale}` })
    expect(logo.tagName).toBe('IMG')
    expect(logo).toHaveAttribute('width', '200')
    expect(logo).toHaveAttribute('height', '80')
    expect(container.querySelector('.iom-mark')).toBeNull()
    expect(container.querySelector('svg image, object, iframe')).toBeNull()
    expect(screen.getByText(`Portal ${locale}`)).toBeInTheDocument()
    const footer = within(screen.getByRole('contentinfo'))
    expect(footer.getByText(/Footer/)).toHaveTextContent(`Footer ${locale}`)
    expect(footer.getByRole('link', { name: 'example.org' })).toHaveAttribute(
      'href',
      'https://example.org',
    )
    expect(footer.getByRole('link', { name: 'info@example.org' })).toHaveAttribute(
      'href',
      'mailto:info@example.org',
    )
    expect(footer.getByRole('link', { name: 'Facebook' })).toHaveAttribute(
      'href',
      'https://facebook.com/example',
    )
  })

  it('falls back to the message texts and the text mark without settings', () => {
    const { container } = renderIn(
      locale,
      <>
        <SiteHeader euFunded={false} identity={identityOf(null, locale)} />
        <SiteFooter euFunded={false} lastUpdated={null} identity={identityOf(null, locale)} />
      </>,
    )
    expect(container.querySelector('.iom-mark')).toHaveTextContent('IOM')
    expect(screen.getByText(messages[locale].Header.portal)).toBeInTheDocument()
    expect(screen.getByText(messages[locale].Footer.contact, { exact: false })).toBeInTheDocument()
    expect(
      within(screen.getByRole('contentinfo')).queryByRole('list', {
        name: messages[locale].Footer.social,
      }),
    ).toBeNull()
  })
})
