import path from 'node:path'
import { expect, test } from '@playwright/test'
import sharp from 'sharp'
import { answers, startService, waitFor, type Service } from '../../scripts/cluster/processes'
import { exportedImage, exportedImageName, writeExportArchive } from '../support/export-archive'
import { loadSeed } from '../support/seed'
import { expectNoAxeViolations } from './axe'
import { PROJECT } from './pages'
import { PHOTOS_PORT } from './servers'

/**
 * Issue 21's "done when": an instance of the embedded build reading what `sanity dataset export`
 * writes — a .tar.gz with an activity that has a photo — serves the activity with its photo in both
 * languages, the photo's file from the portal's own origin.
 */
const APP = `http://127.0.0.1:${PHOTOS_PORT}`
const ACTIVITY = `${PROJECT}/activities/photo-fixture`
const ALT = {
  en: 'Officers at a document-examination desk',
  ka: 'ოფიცრები დოკუმენტების შემოწმების მაგიდასთან',
}
const UPDATE_TITLE = { en: 'Fixture news with a photo', ka: 'სატესტო სიახლე ფოტოთი' }
let server: Service

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  test.setTimeout(180_000)
  // A generated photo: a gradient, so the optimiser has something to encode.
  const photo = await sharp({
    create: { width: 1200, height: 800, channels: 3, background: { r: 40, g: 90, b: 160 } },
  })
    .jpeg()
    .toBuffer()
  const name = await exportedImageName(photo)
  const seed = loadSeed()
  const template = seed.find((doc) => doc._id === 'activity.national-census')
  if (!template) throw new Error('seed activity missing')
  const activity = {
    ...template,
    _id: 'activity.photo-fixture',
    slug: { _type: 'slug', current: 'photo-fixture' },
    order: 99,
    mainImage: exportedImage(name, {
      alt: { _type: 'localeString', ...ALT },
      caption: { _type: 'localeString', en: 'A fixture photo', ka: 'სატესტო ფოტო' },
      credit: 'IOM / Test',
      rights: { consent: 'noIdentifiablePeople', licence: 'Test image, generated' },
    }),
  }
  const update = {
    _id: 'update.photo-fixture',
    _type: 'update',
    _createdAt: '2026-01-15T09:00:00Z',
    _updatedAt: '2026-01-15T09:00:00Z',
    slug: { _type: 'slug', current: 'photo-fixture-news' },
    publishedAt: '2026-01-15T09:00:00Z',
    title: { _type: 'localeString', ...UPDATE_TITLE },
    summary: { _type: 'localeText', en: 'A fixture update.', ka: 'სატესტო სიახლე.' },
    project: { _type: 'reference', _ref: 'project.secure-borders-safe-migration' },
    activities: [{ _type: 'reference', _ref: 'activity.photo-fixture', _key: 'a' }],
    mainImage: exportedImage(name, {
      alt: { _type: 'localeString', ...ALT },
      rights: { consent: 'noIdentifiablePeople', licence: 'Test image, generated' },
    }),
  }
  const archive = await writeExportArchive(
    { documents: [...seed, activity, update], images: [{ name, buffer: photo }] },
    path.resolve('.e2e/photos-export.tar.gz'),
  )
  server = startService(
    'photos',
    process.execPath,
    ['server.mjs', '-p', String(PHOTOS_PORT), '-H', '127.0.0.1'],
    {
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', CONTENT_DATASET_PATH: archive },
    },
  )
  await waitFor(server, () => answers(`${APP}/api/health`), 120_000)
})

test.afterAll(async () => {
  await server?.stop()
})

for (const locale of ['en', 'ka'] as const) {
  test(`the activity shows its photo with its ${locale} alt, dimensions and srcset from this origin`, async ({
    page,
    request,
  }) => {
    await page.goto(`${APP}/${locale}${ACTIVITY}`)
    const image = page.getByRole('img', { name: ALT[locale] })
    await expect(image).toBeVisible()
    await expect(image).toHaveAttribute('width', /^\d+$/)
    await expect(image).toHaveAttribute('height', /^\d+$/)
    await expect(image).toHaveAttribute('sizes', /.+/)
    const srcset = (await image.getAttribute('srcset')) ?? ''
    const candidates = srcset.split(',').map((entry) => entry.trim().split(' ')[0]!)
    expect(candidates.length).toBeGreaterThan(1)
    for (const candidate of candidates) {
      expect(candidate).toMatch(
        /^\/_next\/image\?url=%2Fmedia%2Fimage-[0-9a-f]{40}-1200x800-jpg\.jpg/,
      )
    }
    const file = await request.get(`${APP}${candidates[0]}`)
    expect(file.status()).toBe(200)
    expect(file.headers()['content-type']).toMatch(/^image\//)
    await expect(page.getByText(/IOM \/ Test/)).toBeVisible()
    // The update that names the activity is linked from it.
    await expect(page.getByRole('link', { name: UPDATE_TITLE[locale] })).toHaveAttribute(
      'href',
      `/${locale}/updates/photo-fixture-news`,
    )
    await expectNoAxeViolations(page)
  })

  test(`the ${locale} updates page and Atom feed hold the update`, async ({ page, request }) => {
    await page.goto(`${APP}/${locale}/updates`)
    await expect(page.getByRole('link', { name: UPDATE_TITLE[locale] })).toBeVisible()
    const feedHref = await page
      .locator('link[rel="alternate"][type="application/atom+xml"]')
      .getAttribute('href')
    expect(feedHref).toBeTruthy()
    // The link holds the public address; the feed is asked of this instance.
    const feed = await request.get(`${APP}${new URL(feedHref!, APP).pathname}`)
    expect(feed.status()).toBe(200)
    expect(feed.headers()['content-type']).toMatch(/^application\/atom\+xml/)
    const xml = await feed.text()
    // Well-formed: the browser's own XML parser finds no error, and the entry is there.
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml')
      return {
        error: doc.getElementsByTagName('parsererror').length > 0,
        titles: [...doc.getElementsByTagName('entry')].map(
          (entry) => entry.getElementsByTagName('title')[0]?.textContent ?? '',
        ),
      }
    }, xml)
    expect(parsed.error).toBe(false)
    expect(parsed.titles).toContain(UPDATE_TITLE[locale])
  })
}
