import { readFileSync } from 'node:fs'
import { expect, test, type APIRequestContext } from '@playwright/test'
import { parseAtom } from '../support/atom'
import { E2E_DATASET, EMBEDDED_APP } from './servers'
import { readDataset, sendWebhook, writeDataset } from './webhook'

const SEEDED = {
  en: 'Nine Georgian officials trained in document examination in the Netherlands',
  ka: 'ცხრა ქართველმა მოხელემ ნიდერლანდებში დოკუმენტების შემოწმების სწავლება გაიარა',
}

const get = (request: APIRequestContext, path: string) => request.get(`${EMBEDDED_APP}${path}`)

function updateDoc(
  slug: string,
  publishedAt: string,
  title: { ka: string | null; en: string | null },
) {
  return {
    _id: `update.${slug}`,
    _type: 'update',
    _updatedAt: new Date().toISOString(),
    slug: { _type: 'slug', current: slug },
    publishedAt,
    title: { _type: 'localeString', ...title },
    summary: { _type: 'localeText', ka: 'მოკლე აღწერა', en: 'A short summary' },
    project: { _type: 'reference', _ref: 'project.secure-borders-safe-migration' },
  }
}
const changeOf = (slug: string) => ({
  _id: `update.${slug}`,
  _type: 'update',
  slug,
  projectSlug: 'secure-borders-safe-migration',
  routesChanged: true,
})

function atomEntries(xml: string): string[] {
  const feed = parseAtom(xml)
  expect(feed.errors).toEqual([])
  expect(feed.namespace).toBe('http://www.w3.org/2005/Atom')
  return feed.entries.map((entry) => entry.getElementsByTagName('title')[0]?.textContent ?? '')
}

test('the updates lists show the seed’s updates in both languages, linking the feed', async ({
  page,
}) => {
  for (const locale of ['en', 'ka'] as const) {
    await page.goto(`/${locale}/updates`)
    await expect(page.getByRole('link', { name: SEEDED[locale] })).toBeVisible()
    await expect(
      page.locator('link[rel="alternate"][type="application/atom+xml"]'),
    ).toHaveAttribute('href', new RegExp(`/${locale}/updates/feed\\.xml$`))
    await expect(
      page
        .getByRole('navigation', { name: locale === 'en' ? 'Main' : 'მთავარი' })
        .getByRole('link', {
          name: locale === 'en' ? 'Updates' : 'სიახლეები',
        }),
    ).toHaveAttribute('aria-current', 'page')
  }
})

test('the feed answers Atom, well-formed, with the seed’s updates', async ({ request }) => {
  for (const locale of ['en', 'ka'] as const) {
    const response = await get(request, `/${locale}/updates/feed.xml`)
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toContain('application/atom+xml')
    expect(atomEntries(await response.text())).toContain(SEEDED[locale])
  }
})

test('an unknown update and an out-of-range page answer the language’s 404', async ({
  request,
}) => {
  expect((await get(request, '/en/updates/no-such-update')).status()).toBe(404)
  expect((await get(request, '/ka/updates?page=99')).status()).toBe(404)
  expect((await get(request, '/en/updates?page=abc')).status()).toBe(404)
  const first = await get(request, '/en/updates?page=1')
  expect(first.url()).toMatch(/\/en\/updates$/)
})

test.describe.serial('updates published through the webhook, without a rebuild', () => {
  const original = readFileSync(E2E_DATASET, 'utf8')
  const slugs = ['e2e-published', 'e2e-scheduled', 'e2e-georgian-only', 'e2e-soon']

  test.afterAll(async ({ request }) => {
    writeDataset(
      original
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line)),
    )
    for (const slug of slugs) await sendWebhook(request, EMBEDDED_APP, changeOf(slug))
  })

  test('a published update shows at once; a scheduled one and a one-language one stay hidden', async ({
    request,
  }) => {
    const past = new Date(Date.now() - 60_000).toISOString()
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString()
    writeDataset([
      ...readDataset(),
      updateDoc('e2e-published', past, { ka: 'ახალი სიახლე', en: 'A new update' }),
      updateDoc('e2e-scheduled', tomorrow, { ka: 'დაგეგმილი სიახლე', en: 'A scheduled update' }),
      updateDoc('e2e-georgian-only', past, { ka: 'მხოლოდ ქართული', en: null }),
    ])
    for (const slug of slugs.slice(0, 3)) {
      expect((await sendWebhook(request, EMBEDDED_APP, changeOf(slug))).status()).toBe(200)
    }
    expect(await (await get(request, '/en/updates')).text()).toContain('A new update')
    expect((await get(request, '/en/updates/e2e-published')).status()).toBe(200)
    expect(atomEntries(await (await get(request, '/en/updates/feed.xml')).text())).toContain(
      'A new update',
    )
    expect(await (await get(request, '/en')).text()).toContain('A new update')

    expect(await (await get(request, '/en/updates')).text()).not.toContain('A scheduled update')
    expect((await get(request, '/en/updates/e2e-scheduled')).status()).toBe(404)

    expect((await get(request, '/ka/updates/e2e-georgian-only')).status()).toBe(200)
    expect((await get(request, '/en/updates/e2e-georgian-only')).status()).toBe(404)
    expect(await (await get(request, '/en/updates')).text()).not.toContain('e2e-georgian-only')
    const sitemap = await (await get(request, '/sitemaps/sitemap/0.xml')).text()
    expect(sitemap).toContain('/en/updates/')
    expect(sitemap).not.toContain('/en/updates/e2e-georgian-only')
  })

  test('a scheduled update appears once its time comes, with no webhook', async ({ request }) => {
    test.setTimeout(120_000)
    const soon = new Date(Date.now() + 15_000).toISOString()
    writeDataset([
      ...readDataset(),
      updateDoc('e2e-soon', soon, { ka: 'მალე', en: 'Out in a moment' }),
    ])
    expect((await sendWebhook(request, EMBEDDED_APP, changeOf('e2e-soon'))).status()).toBe(200)
    expect(await (await get(request, '/en/updates')).text()).not.toContain('Out in a moment')
    // Cached no longer than until its time: a request after it may get the old list once while the
    // new one is made in the background; the next gets the new one.
    await expect
      .poll(async () => (await get(request, '/en/updates')).text(), {
        timeout: 60_000,
        intervals: [5_000],
      })
      .toContain('Out in a moment')
    await expect
      .poll(async () => (await get(request, '/en/updates/e2e-soon')).status(), {
        timeout: 30_000,
        intervals: [2_000],
      })
      .toBe(200)
  })
})
