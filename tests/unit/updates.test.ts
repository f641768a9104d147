import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseAtom } from '../support/atom'
import { createEmbeddedBackend } from '@/lib/content/backends/embedded'
import { createRepository } from '@/lib/content/catalog'
import type { QueryParams } from '@/lib/content/backends/types'
import { siteSettingsSchema } from '@/lib/content/schemas/site-settings'
import { atomFeed } from '@/lib/site/feed'
import { identityOf } from '@/lib/site/identity'
import { UPDATES_PAGE_SIZE, updatePages, updatesNaming, updatesPage } from '@/lib/site/updates'
import { messages } from '@/lib/i18n/messages'

const SEED = 'sanity/seed/production.ndjson'
const PROJECT = 'project.secure-borders-safe-migration'
const T0 = Date.parse('2026-12-03T12:00:00Z')

const text = (ka: string | null, en: string | null) => ({ _type: 'localeString', ka, en })
function update(
  id: string,
  publishedAt: string,
  title: { ka: string | null; en: string | null },
  extra = {},
) {
  return {
    _id: `update.${id}`,
    _type: 'update',
    _updatedAt: '2026-12-01T00:00:00Z',
    slug: { _type: 'slug', current: id },
    publishedAt,
    title: text(title.ka, title.en),
    summary: { _type: 'localeText', ka: `${id} ka`, en: `${id} en` },
    project: { _type: 'reference', _ref: PROJECT },
    ...extra,
  }
}

/** The seed plus test updates: one scheduled an hour after T0, one in Georgian only, one renamed. */
function dataset(): string {
  const extra = [
    update('scheduled', '2026-12-03T13:00:00Z', { ka: 'დაგეგმილი', en: 'Scheduled' }),
    update('georgian-only', '2026-12-03T11:00:00Z', { ka: 'მხოლოდ ქართულად', en: null }),
    update(
      'renamed',
      '2026-11-29T09:00:00Z',
      { ka: 'გადარქმეული', en: 'Renamed' },
      {
        previousSlugs: ['old-name'],
        activities: [{ _type: 'reference', _ref: 'activity.document-fraud-detection', _key: 'a' }],
      },
    ),
  ]
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'updates-')), 'data.ndjson')
  writeFileSync(
    file,
    readFileSync(SEED, 'utf8') + extra.map((d) => JSON.stringify(d)).join('\n') + '\n',
  )
  return file
}

function repositoryAt(now: { value: number }) {
  const backend = createEmbeddedBackend(dataset())
  const runs: { params: QueryParams; revalidate?: number }[] = []
  const repository = createRepository(
    (query, params, _tags, options) => {
      runs.push({ params, revalidate: options?.revalidate })
      return backend.fetch(query, params)
    },
    () => now.value,
  )
  return { repository, runs }
}

describe('updates: visibility with an injected clock', () => {
  it('hides a scheduled update until its time, then shows it without anything else changing', async () => {
    const now = { value: T0 }
    const { repository, runs } = repositoryAt(now)
    const before = await repository.read('updates', 'en')
    expect(before.map((u) => u.slug)).not.toContain('scheduled')
    expect(await repository.read('update', 'en', undefined, 'scheduled')).toBeNull()
    // Cached no longer than until it comes out (an hour), and by the last publication, not the clock.
    const listRun = runs.find((run) => 'cutoff' in run.params)
    expect(listRun?.revalidate).toBe(3600)
    now.value = T0 + 59 * 60 * 1000
    await repository.read('updates', 'en')
    expect(runs.at(-1)?.revalidate).toBe(60)
    expect(runs.at(-1)?.params.cutoff).toBe(listRun?.params.cutoff)

    now.value = T0 + 60 * 60 * 1000
    const after = await repository.read('updates', 'en')
    expect(after[0]?.slug).toBe('scheduled')
    expect(runs.at(-1)?.params.cutoff).toBe('2026-12-03T13:00:00.000Z')
    expect((await repository.read('update', 'en', undefined, 'scheduled'))?.title.value).toBe(
      'Scheduled',
    )
  })

  it('shows an update written in one language in that language only', async () => {
    const { repository } = repositoryAt({ value: T0 })
    const ka = (await repository.read('updates', 'ka')).map((u) => u.slug)
    const en = (await repository.read('updates', 'en')).map((u) => u.slug)
    expect(ka).toContain('georgian-only')
    expect(en).not.toContain('georgian-only')
    expect(await repository.read('update', 'en', undefined, 'georgian-only')).toBeNull()
    expect((await repository.read('update', 'ka', undefined, 'georgian-only'))?.title).toEqual({
      value: 'მხოლოდ ქართულად',
      lang: 'ka',
    })
    const index = await repository.routeIndex()
    expect(index.updates.visible('en').map((u) => u.slug)).not.toContain('georgian-only')
    // The sitemap lists it in Georgian only, and leaves the scheduled one out.
    const sitemap = updatePages(index.updates)
    expect(sitemap.find((page) => page.slug === 'georgian-only')?.languages).toEqual(['ka'])
    expect(sitemap.find((page) => page.slug === 'renamed')?.languages).toEqual(['ka', 'en'])
    expect(sitemap.map((page) => page.slug)).not.toContain('scheduled')
  })

  it('lists newest first and keeps a renamed update reachable through its old slug', async () => {
    const { repository } = repositoryAt({ value: T0 })
    const list = await repository.read('updates', 'en')
    const times = list.map((u) => Date.parse(u.publishedAt))
    expect(times).toEqual([...times].sort((a, b) => b - a))
    const index = await repository.routeIndex()
    expect(index.updates.bySlug('old-name', 'en')).toBeUndefined()
    expect(index.updates.redirect('old-name', 'en')?.slug).toBe('renamed')
    const renamed = await repository.read('update', 'en', undefined, 'renamed')
    expect(renamed?.namedActivities.map((a) => a.slug)).toEqual(['document-fraud-detection'])
    expect(renamed?.namedProject?.slug).toBe('secure-borders-safe-migration')
  })

  it('shows editors in preview everything, scheduled updates included (clock at the end of time)', async () => {
    const { repository } = repositoryAt({ value: Number.MAX_SAFE_INTEGER })
    expect((await repository.read('updates', 'en')).map((u) => u.slug)).toContain('scheduled')
  })
})

describe('updates in the seed', () => {
  const { repository } = repositoryAt({ value: T0 })

  it.each(['ka', 'en'] as const)(
    'holds the cited updates in %s, with their sources',
    async (locale) => {
      const list = await repository.read('updates', locale)
      const seeded = list.filter((u) => !['scheduled', 'georgian-only', 'renamed'].includes(u.slug))
      // Dated when the portal published them: the events' own dates (2016, 2015) are in their
      // text, as their sources give them; no source says when IOM's own news items came out.
      expect(seeded.map((u) => u.publishedAt)).toEqual([
        '2026-12-03T10:00:00Z',
        '2026-12-03T09:00:00Z',
      ])
      for (const item of seeded) {
        const page = await repository.read('update', locale, undefined, item.slug)
        expect(page?.title.lang).toBe(locale)
        expect(page?.sources.length).toBeGreaterThan(0)
        expect(page?.mainImage).toBeNull()
      }
    },
  )

  it('lists an update on the pages it names, and nothing for a page it does not name', async () => {
    const list = await repository.read('updates', 'en')
    expect(updatesNaming(list, { project: PROJECT }).length).toBeGreaterThan(0)
    expect(
      updatesNaming(list, { activities: ['activity.document-fraud-detection'] }).map((u) => u.slug),
    ).toEqual(['renamed'])
    expect(updatesNaming(list, { activities: ['activity.national-census'] })).toEqual([])
  })
})

describe('the updates list pages', () => {
  const items = Array.from({ length: UPDATES_PAGE_SIZE + 3 }, (_, i) => ({
    id: `u${i}`,
    slug: `u${i}`,
    publishedAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    title: { value: `U${i}`, lang: 'en' as const },
    summary: null,
    project: null,
    activities: [],
  }))

  it('pages by ?page=N with one address per page', () => {
    expect(updatesPage(items, {})).toMatchObject({ status: 'found', page: { page: 1, pages: 2 } })
    const second = updatesPage(items, { page: '2' })
    expect(second.status === 'found' && second.page.items.map((u) => u.id)).toEqual([
      'u10',
      'u11',
      'u12',
    ])
    expect(updatesPage(items, { page: '1' })).toEqual({ status: 'redirect', page: 1 })
    expect(updatesPage(items, { page: '02' })).toEqual({ status: 'redirect', page: 2 })
    expect(updatesPage(items, { page: '2', utm: 'x' })).toEqual({ status: 'redirect', page: 2 })
    for (const bad of ['3', '0', '-1', 'x', '1e3', ['1', '2']]) {
      expect(updatesPage(items, { page: bad })).toEqual({ status: 'missing' })
    }
    expect(updatesPage([], {})).toMatchObject({ status: 'found', page: { items: [], pages: 1 } })
  })
})

describe('the Atom feed', () => {
  it('is well-formed Atom with absolute links to the updates, newest first', async () => {
    const { repository } = repositoryAt({ value: T0 })
    const updates = await repository.read('updates', 'ka')
    const xml = atomFeed({ locale: 'ka', title: 'სიახლეები', author: 'IOM', updates })
    const { errors, namespace, entries } = parseAtom(xml)
    expect(errors).toEqual([])
    expect(namespace).toBe('http://www.w3.org/2005/Atom')
    expect(entries.map((e) => e.getElementsByTagName('title')[0]?.textContent)).toEqual(
      updates.map((u) => u.title.value),
    )
    const links = entries.map((e) => e.getElementsByTagName('link')[0]?.getAttribute('href'))
    expect(links[0]).toMatch(/^https?:\/\/[^/]+\/ka\/updates\/georgian-only$/)
    expect(xml).not.toContain('scheduled')
  })
})

describe('site settings', () => {
  it.each(['ka', 'en'] as const)(
    'reads the seed’s settings: today’s texts (%s)',
    async (locale) => {
      const { repository } = repositoryAt({ value: T0 })
      const identity = identityOf(await repository.read('siteSettings', locale), locale)
      expect(identity).toMatchObject({
        name: messages[locale].Header.portal,
        organization: messages[locale].Header.organization,
        footerText: messages[locale].Footer.contact,
        logo: null,
        contact: { website: 'https://georgia.iom.int' },
      })
    },
  )

  it('falls back to the messages when the settings are missing, and drops broken parts only', () => {
    expect(identityOf(null, 'en').name).toBe(messages.en.Header.portal)
    const parsed = siteSettingsSchema('en').parse({
      name: { en: 'Portal' },
      organization: 42,
      logo: {
        en: {
          alt: 'Logo',
          asset: { url: 'javascript:alert(1)', mimeType: 'image/svg+xml', width: 10, height: 10 },
        },
      },
      contact: {
        email: 'not an email',
        phone: null,
        address: null,
        website: 'https://example.org',
      },
      socialLinks: [
        { platform: 'facebook', url: 'https://facebook.com/x' },
        { platform: 'x', url: 'javascript:alert(1)' },
        { platform: 'myspace', url: 'https://myspace.com' },
      ],
      footerText: null,
    })
    const identity = identityOf(parsed, 'en')
    expect(identity.name).toBe('Portal')
    expect(identity.organization).toBe(messages.en.Header.organization)
    expect(identity.logo).toBeNull()
    expect(identity.contact).toMatchObject({ email: null, website: 'https://example.org' })
    expect(identity.socialLinks).toEqual([{ platform: 'facebook', url: 'https://facebook.com/x' }])
    expect(identity.footerText).toBe(messages.en.Footer.contact)
  })

  it('shows the logo of the page’s language only', () => {
    const logo = (alt: string) => ({
      alt,
      asset: {
        url: `https://cdn.sanity.io/images/p/d/${alt}-10x10.svg`,
        mimeType: 'image/svg+xml',
        width: 10,
        height: 10,
      },
    })
    const raw = { logo: { ka: logo('ka'), en: logo('en') } }
    expect(siteSettingsSchema('ka').parse(raw).logo?.alt).toBe('ka')
    expect(siteSettingsSchema('en').parse(raw).logo?.alt).toBe('en')
    expect(siteSettingsSchema('en').parse({ logo: { ka: logo('ka') } }).logo).toBeNull()
  })
})
