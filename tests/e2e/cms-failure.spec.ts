import { expect, test, type APIRequestContext } from '@playwright/test'
import { CONTENT_LAKE, EMBEDDED_APP, SANITY_APP } from './servers'
import { NATIONAL_CENSUS_CHANGE } from '../support/webhook'
import { sendWebhook } from './webhook'

const ACTIVITY = '/en/projects/secure-borders-safe-migration/activities/national-census'
const change = NATIONAL_CENSUS_CHANGE

async function setLake(request: APIRequestContext, mode: 'ok' | 'error' | 'hang') {
  const response = await request.post(`${CONTENT_LAKE}/__control`, { data: { mode } })
  expect(response.ok()).toBe(true)
}

/** How many queries the Content Lake stand-in has received so far. */
async function lakeRequests(request: APIRequestContext): Promise<number> {
  const response = await request.post(`${CONTENT_LAKE}/__control`, { data: {} })
  return Number((await response.json()).requests)
}

test.describe.serial('the Sanity source failing', () => {
  test.afterAll(async ({ request }) => setLake(request, 'ok'))

  test('pages built from the Content Lake are served', async ({ request }) => {
    const response = await request.get(`${SANITY_APP}${ACTIVITY}`)
    expect(response.status()).toBe(200)
    expect(await response.text()).toContain('National census')
  })

  for (const mode of ['error', 'hang'] as const) {
    test(`with the Content Lake answering ${mode === 'error' ? '5xx' : 'never (past the timeout)'}, generated pages keep answering 200 with the last good content`, async ({
      request,
    }) => {
      await setLake(request, mode)
      const before = await lakeRequests(request)
      // Mark the pages stale, so that the next requests try (and fail) to regenerate them.
      expect((await sendWebhook(request, SANITY_APP, change)).status()).toBe(200)
      for (const [path, text] of [
        [ACTIVITY, 'National census'],
        [
          '/ka/projects/secure-borders-safe-migration/activities/national-census',
          'ეროვნული აღწერა',
        ],
        ['/en', 'Promoting Secure Borders and Safe Migration'],
      ] as const) {
        for (let i = 0; i < 3; i++) {
          const response = await request.get(`${SANITY_APP}${path}`, { timeout: 15_000 })
          expect(response.status()).toBe(200)
          expect(await response.text()).toContain(text)
        }
      }
      // The stale pages did try to regenerate from the failing lake (waiting for that, not for a
      // fixed time, holds however busy the machine is); the page is still served whole.
      await expect
        .poll(() => lakeRequests(request), {
          timeout: 30_000,
          message: 'the stale pages asked the failing Content Lake to regenerate',
        })
        .toBeGreaterThan(before)
      const response = await request.get(`${SANITY_APP}${ACTIVITY}`)
      expect(response.status()).toBe(200)
      expect(await response.text()).toContain('National census')
      await setLake(request, 'ok')
    })
  }
})

test.describe('editor preview (draft mode)', () => {
  test('cannot be enabled without Sanity’s preview secret', async ({ request }) => {
    const response = await request.get(
      `${SANITY_APP}/api/draft-mode/enable?sanity-preview-secret=guess&sanity-preview-pathname=/en`,
      {
        maxRedirects: 0,
      },
    )
    expect(response.status()).toBe(401)
    const cookies = response.headers()['set-cookie'] ?? ''
    expect(cookies).not.toContain('__prerender_bypass')
  })

  test('is not available on the embedded dataset', async ({ request }) => {
    const response = await request.get(
      `${EMBEDDED_APP}/api/draft-mode/enable?sanity-preview-secret=x`,
      { maxRedirects: 0 },
    )
    expect(response.status()).toBe(404)
  })
})
