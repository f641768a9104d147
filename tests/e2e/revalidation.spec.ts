import { readFileSync } from 'node:fs'
import { expect, test, type APIRequestContext } from '@playwright/test'
import { NATIONAL_CENSUS_CHANGE } from '../support/webhook'
import { E2E_DATASET, EMBEDDED_APP } from './servers'
import { editDocument, sendWebhook, writeDataset } from './webhook'

const PROJECT = '/projects/secure-borders-safe-migration'
const ACTIVITY = `${PROJECT}/activities/national-census`
const CLUSTER = `${PROJECT}/clusters/migration-data-management`
const change = NATIONAL_CENSUS_CHANGE

async function html(request: APIRequestContext, path: string) {
  return (await request.get(`${EMBEDDED_APP}${path}`)).text()
}

function generatedAt(page: string) {
  return page.match(/<meta name="generated-at" content="([^"]+)"/)?.[1]
}

/** With stale-while-revalidate the first request after a webhook may still be old: poll. */
async function expectEventually(request: APIRequestContext, path: string, text: string) {
  await expect
    .poll(async () => html(request, path), { timeout: 20_000, intervals: [100, 250, 500] })
    .toContain(text)
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
    for (const path of [
      `/en${ACTIVITY}`,
      `/ka${ACTIVITY}`,
      `/en${CLUSTER}`,
      `/en${PROJECT}/activities`,
      '/ka/activities',
    ]) {
      await expectEventually(
        request,
        path,
        path.includes('/ka') ? 'ეროვნული აღწერა' : 'National census',
      )
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
    // The overviews show counts, not titles: that they were regenerated is what shows.
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

    await expectEventually(request, `/en${ACTIVITY}`, 'National census (updated)')
    await expectEventually(request, `/ka${ACTIVITY}`, 'ეროვნული აღწერა (განახლებული)')
    await expectEventually(request, `/en${CLUSTER}`, 'National census (updated)')
    await expectEventually(request, `/ka${CLUSTER}`, 'ეროვნული აღწერა (განახლებული)')

    for (const [i, path] of overviews.entries()) {
      await expect
        .poll(async () => generatedAt(await html(request, path)), {
          timeout: 20_000,
          intervals: [100, 250, 500],
        })
        .not.toBe(overviewsBefore[i])
    }
    // The generated donor lists, per project and across projects.
    await expectEventually(request, `/en${PROJECT}/activities`, 'National census (updated)')
    await expectEventually(request, '/ka/activities', 'ეროვნული აღწერა (განახლებული)')

    const after = await Promise.all(
      untouched.map(async (path) => generatedAt(await html(request, path))),
    )
    expect(after).toEqual(before)
  })

  test('an unsigned webhook changes nothing', async ({ request }) => {
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
