import { readFileSync } from 'node:fs'
import { expect, test, type APIRequestContext } from '@playwright/test'
import { NATIONAL_CENSUS_CHANGE } from '../support/webhook'
import { E2E_DATASET, EMBEDDED_APP } from './servers'
import { editDocument, readDataset, sendWebhook, writeDataset } from './webhook'

const PROJECT = '/projects/secure-borders-safe-migration'
const ACTIVITY = `${PROJECT}/activities/national-census`
const CLUSTER = `${PROJECT}/clusters/migration-data-management`
const change = NATIONAL_CENSUS_CHANGE

const NEW_ACTIVITY_CHANGE = {
  _id: 'activity.e2e-new-activity',
  _type: 'activity',
  slug: 'e2e-new-activity',
  projectSlug: 'secure-borders-safe-migration',
  clusterSlug: 'migration-data-management',
  routesChanged: true,
}
const RENAMED_CHANGE = {
  _id: 'activity.extended-migration-profile',
  _type: 'activity',
  slug: 'migration-profile',
  previousSlug: 'extended-migration-profile',
  projectSlug: 'secure-borders-safe-migration',
  clusterSlug: 'migration-data-management',
  routesChanged: true,
}
const DELETED_CHANGE = {
  _id: 'activity.cross-border-meetings',
  _type: 'activity',
  slug: 'cross-border-meetings',
  projectSlug: 'secure-borders-safe-migration',
  clusterSlug: 'irregular-migration-and-cross-border-crime',
  routesChanged: true,
}

async function html(request: APIRequestContext, path: string) {
  return (await request.get(`${EMBEDDED_APP}${path}`)).text()
}

function generatedAt(page: string) {
  return page.match(/<meta name="generated-at" content="([^"]+)"/)?.[1]
}

/** The webhook expires what changed at once: the very first request after it is fresh. */
async function expectNow(request: APIRequestContext, path: string, text: string) {
  expect(await html(request, path)).toContain(text)
}

test.describe.serial('webhook → fresh pages on the embedded dataset', () => {
  const original = readFileSync(E2E_DATASET, 'utf8')

  test.afterAll(async ({ request }) => {
    writeDataset(
      original
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line)),
    )
    await sendWebhook(request, EMBEDDED_APP, change)
    for (const extra of [NEW_ACTIVITY_CHANGE, RENAMED_CHANGE, DELETED_CHANGE]) {
      await sendWebhook(request, EMBEDDED_APP, extra)
    }
    for (const path of [
      `/en${ACTIVITY}`,
      `/ka${ACTIVITY}`,
      `/en${CLUSTER}`,
      `/en${PROJECT}/activities`,
      '/ka/activities',
    ]) {
      await expectNow(request, path, path.includes('/ka') ? 'ეროვნული აღწერა' : 'National census')
    }
  })

  test('a signed webhook refreshes the activity, its cluster and the overview in both languages', async ({
    request,
  }) => {
    const untouched = [
      `/en${PROJECT}/activities/global-diaspora-network`,
      `/en${PROJECT}/clusters/integrated-border-management`,
    ]
    const before = await Promise.all(
      untouched.map(async (path) => generatedAt(await html(request, path))),
    )
    expect(before.every(Boolean)).toBe(true)
    // The overviews and the home page's project card show no activity titles: that they were
    // regenerated is what shows.
    const overviews = [`/en${PROJECT}`, `/ka${PROJECT}`, '/en']
    const overviewsBefore = await Promise.all(
      overviews.map(async (path) => generatedAt(await html(request, path))),
    )

    editDocument('activity.national-census', (doc) => ({
      ...doc,
      title: {
        _type: 'localeString',
        ka: 'ეროვნული აღწერა (განახლებული)',
        en: 'National census (updated)',
      },
    }))
    const response = await sendWebhook(request, EMBEDDED_APP, change)
    expect(response.status()).toBe(200)
    expect((await response.json()).revalidated).toContain(
      'activity:secure-borders-safe-migration:national-census',
    )

    await expectNow(request, `/en${ACTIVITY}`, 'National census (updated)')
    await expectNow(request, `/ka${ACTIVITY}`, 'ეროვნული აღწერა (განახლებული)')
    await expectNow(request, `/en${CLUSTER}`, 'National census (updated)')
    await expectNow(request, `/ka${CLUSTER}`, 'ეროვნული აღწერა (განახლებული)')

    // Overviews show counts, not titles: the first request after the webhook is a new render.
    for (const [i, path] of overviews.entries()) {
      expect(generatedAt(await html(request, path))).not.toBe(overviewsBefore[i])
    }
    // The generated donor lists, per project and across projects.
    await expectNow(request, `/en${PROJECT}/activities`, 'National census (updated)')
    await expectNow(request, '/ka/activities', 'ეროვნული აღწერა (განახლებული)')

    const after = await Promise.all(
      untouched.map(async (path) => generatedAt(await html(request, path))),
    )
    expect(after).toEqual(before)
  })

  test('a filtered list and its CSV are rendered once, and the webhook refreshes them', async ({
    request,
  }) => {
    const list = `/en${PROJECT}/activities?cluster=migration-data-management`
    const csv = `/en${PROJECT}/activities.csv?cluster=migration-data-management`
    for (const path of [list, csv]) {
      const first = await request.get(`${EMBEDDED_APP}${path}`)
      expect(first.headers()['cache-control']).toMatch(/^public, s-maxage=\d+/)
      // Junk parameters and their order do not make another render (docs/architecture.md).
      const again = await request.get(`${EMBEDDED_APP}${path}&utm_source=e2e`)
      expect(again.headers()['x-front-cache']).toBe('hit')
      expect(await again.text()).toContain('National census (updated)')
    }
    const retitle = (en: string, ka: string) =>
      editDocument('activity.national-census', (doc) => ({
        ...doc,
        title: { _type: 'localeString', ka, en },
      }))
    retitle('National census (filtered)', 'ეროვნული აღწერა (გაფილტრული)')
    expect((await sendWebhook(request, EMBEDDED_APP, change)).status()).toBe(200)
    await expectNow(request, `${list}&utm_source=e2e`, 'National census (filtered)')
    await expectNow(request, csv, 'National census (filtered)')
    // Put back what the later tests expect.
    retitle('National census (updated)', 'ეროვნული აღწერა (განახლებული)')
    expect((await sendWebhook(request, EMBEDDED_APP, change)).status()).toBe(200)
    await expectNow(request, list, 'National census (updated)')
  })

  test('an activity published after the build has its page on the first request after its webhook', async ({
    request,
  }) => {
    const page = `${PROJECT}/activities/e2e-new-activity`
    writeDataset([
      ...readDataset(),
      {
        _id: 'activity.e2e-new-activity',
        _type: 'activity',
        _updatedAt: '2026-11-25T12:00:00Z',
        title: { _type: 'localeString', ka: 'ახალი აქტივობა', en: 'A new activity' },
        slug: { _type: 'slug', current: 'e2e-new-activity' },
        order: 5,
        project: { _type: 'reference', _ref: 'project.secure-borders-safe-migration' },
        cluster: { _type: 'reference', _ref: 'thematicCluster.migration-data-management' },
      },
    ])
    expect((await sendWebhook(request, EMBEDDED_APP, NEW_ACTIVITY_CHANGE)).status()).toBe(200)
    const en = await request.get(`${EMBEDDED_APP}/en${page}`)
    expect(en.status()).toBe(200)
    expect(await en.text()).toContain('A new activity')
    const ka = await request.get(`${EMBEDDED_APP}/ka${page}`)
    expect(ka.status()).toBe(200)
    expect(await ka.text()).toContain('ახალი აქტივობა')
    await expectNow(request, `/en${CLUSTER}`, 'A new activity')
    await expectNow(request, `/en${PROJECT}/activities`, 'A new activity')
    await expectNow(request, '/sitemaps/sitemap/0.xml', `/ka${page}`)
    await expectNow(request, `/en${PROJECT}/activities.csv`, 'A new activity')
    await expectNow(request, `/api/iati/secure-borders-safe-migration`, 'ახალი აქტივობა')
  })

  test('a renamed activity answers at its new address, and the old one redirects there', async ({
    request,
  }) => {
    editDocument('activity.extended-migration-profile', (doc) => ({
      ...doc,
      slug: { _type: 'slug', current: 'migration-profile' },
      previousSlugs: ['extended-migration-profile'],
    }))
    expect((await sendWebhook(request, EMBEDDED_APP, RENAMED_CHANGE)).status()).toBe(200)
    for (const locale of ['en', 'ka']) {
      const moved = await request.get(
        `${EMBEDDED_APP}/${locale}${PROJECT}/activities/extended-migration-profile`,
        { maxRedirects: 0 },
      )
      expect([301, 308]).toContain(moved.status())
      expect(moved.headers()['location']).toBe(`/${locale}${PROJECT}/activities/migration-profile`)
      const renamed = await request.get(
        `${EMBEDDED_APP}/${locale}${PROJECT}/activities/migration-profile`,
      )
      expect(renamed.status()).toBe(200)
    }
    await expectNow(request, '/sitemaps/sitemap/0.xml', 'activities/migration-profile')
    expect(await html(request, '/sitemaps/sitemap/0.xml')).not.toContain(
      'extended-migration-profile',
    )
  })

  test('a renamed project’s old CSV and IATI addresses redirect permanently, like its pages', async ({
    request,
  }) => {
    // The project keeps its slug; an earlier one is recorded, as the Studio does on a rename.
    const OLD = 'secure-borders-e2e-old-name'
    editDocument('project.secure-borders-safe-migration', (doc) => ({
      ...doc,
      previousSlugs: [OLD],
    }))
    const change = {
      _id: 'project.secure-borders-safe-migration',
      _type: 'project',
      slug: 'secure-borders-safe-migration',
      previousSlug: OLD,
      projectSlug: 'secure-borders-safe-migration',
      routesChanged: true,
    }
    expect((await sendWebhook(request, EMBEDDED_APP, change)).status()).toBe(200)
    const redirects = [
      [`/api/iati/${OLD}`, '/api/iati/secure-borders-safe-migration'],
      ...['en', 'ka'].map((locale) => [
        `/${locale}/projects/${OLD}/activities.csv?lang=both`,
        `/${locale}${PROJECT}/activities.csv?lang=both`,
      ]),
    ]
    for (const [from, to] of redirects) {
      const moved = await request.get(`${EMBEDDED_APP}${from}`, { maxRedirects: 0 })
      expect([from, moved.status(), moved.headers()['location']]).toEqual([from, 308, to])
    }
    const file = await request.get(`${EMBEDDED_APP}/api/iati/${OLD}`)
    expect(file.status()).toBe(200)
    expect(await file.text()).toContain('<iati-activities version="2.03"')
  })

  test('a deleted activity 404s and leaves the lists, the sitemap and the exports', async ({
    request,
  }) => {
    writeDataset(readDataset().filter((doc) => doc._id !== 'activity.cross-border-meetings'))
    expect((await sendWebhook(request, EMBEDDED_APP, DELETED_CHANGE)).status()).toBe(200)
    for (const locale of ['en', 'ka']) {
      const gone = await request.get(
        `${EMBEDDED_APP}/${locale}${PROJECT}/activities/cross-border-meetings`,
      )
      expect(gone.status()).toBe(404)
    }
    for (const path of [
      `/en${PROJECT}/clusters/irregular-migration-and-cross-border-crime`,
      `/en${PROJECT}/activities`,
      `/en${PROJECT}/activities.csv`,
      '/sitemaps/sitemap/0.xml',
      '/api/iati/secure-borders-safe-migration',
    ]) {
      const text = await html(request, path)
      expect(text).not.toContain('cross-border-meetings')
      expect(text).not.toContain('Facilitating bilateral cross-border meetings')
    }
  })

  test('an unsigned webhook changes nothing', async ({ request }) => {
    // The page is cached before the edit (earlier webhooks may have expired it): only a signed
    // webhook may replace it.
    expect(await html(request, `/en${ACTIVITY}`)).toContain('National census (updated)')
    editDocument('activity.national-census', (doc) => ({
      ...doc,
      title: { _type: 'localeString', ka: 'ხელმოუწერელი', en: 'Unsigned change' },
    }))
    const response = await sendWebhook(request, EMBEDDED_APP, change, null)
    expect(response.status()).toBe(401)
    for (let i = 0; i < 3; i++) {
      const page = await html(request, `/en${ACTIVITY}`)
      expect(page).toContain('National census (updated)')
      expect(page).not.toContain('Unsigned change')
    }
  })

  test('the webhook route refuses other methods and oversized bodies', async ({ request }) => {
    expect((await request.get(`${EMBEDDED_APP}/api/revalidate`)).status()).toBe(405)
    expect((await request.put(`${EMBEDDED_APP}/api/revalidate`, { data: '{}' })).status()).toBe(405)
    const big = await request.post(`${EMBEDDED_APP}/api/revalidate`, {
      data: JSON.stringify({ padding: 'x'.repeat(100_000) }),
      headers: { 'content-type': 'application/json' },
    })
    expect(big.status()).toBe(413)
  })
})
