import { expect, test } from '@playwright/test'
import { FIXTURE_DOCUMENTS, FIXTURE_SLUG } from '../fixtures/donor-project'
import { expectNoAxeViolations } from './axe'
import { EMBEDDED_APP } from './servers'
import { readDataset, sendWebhook, writeDataset } from './webhook'

/**
 * The fully filled test project on the production build: added to the E2E copy of the dataset
 * (and announced by the webhook) for these tests only, then removed again.
 */
const CHANGE = {
  _id: 'project.fixture',
  _type: 'project',
  slug: FIXTURE_SLUG,
  projectSlug: FIXTURE_SLUG,
  routesChanged: true,
}
const PROJECT = `/projects/${FIXTURE_SLUG}`

test.describe.serial('a fully filled project (test fixture)', () => {
  let original: ReturnType<typeof readDataset> = []

  test.beforeAll(async ({ request }) => {
    original = readDataset()
    writeDataset([...original, ...(FIXTURE_DOCUMENTS as typeof original)])
    expect((await sendWebhook(request, EMBEDDED_APP, CHANGE)).status()).toBe(200)
  })

  test.afterAll(async ({ request }) => {
    writeDataset(original)
    await sendWebhook(request, EMBEDDED_APP, CHANGE)
    expect((await request.get(`${EMBEDDED_APP}/en${PROJECT}`)).status()).toBe(404)
  })

  for (const locale of ['en', 'ka'] as const) {
    test(`/${locale}${PROJECT}: documents, then charts on its objectives page and the timeline on its “About this data” page, with no axe violations`, async ({
      page,
    }) => {
      const response = await page.goto(`/${locale}${PROJECT}`)
      expect(response?.status()).toBe(200)
      await expect(page.locator('.documents__list a')).toHaveAttribute('href', /\.pdf$/)
      await expectNoAxeViolations(page)
      // Its objective's results are charted on the objectives page, the timeline is on its "About
      // this data" page: both published after the build like the rest of it.
      expect((await page.goto(`/${locale}${PROJECT}/objectives`))?.status()).toBe(200)
      await expect(page.locator('svg.indicator-chart')).toHaveCount(2)
      await expectNoAxeViolations(page)
      expect((await page.goto(`/${locale}${PROJECT}/about-data`))?.status()).toBe(200)
      await expect(page.locator('svg.timeline__chart rect')).toHaveCount(7)
      await expectNoAxeViolations(page)
    })
  }

  test('its activity page and its IATI file', async ({ page, request }) => {
    await page.goto(`/en${PROJECT}/activities/fixture-training`)
    await expect(page.getByRole('region', { name: 'Status and dates' })).toContainText(
      '1 March 2020 – 15 December 2021',
    )
    await expect(page.getByRole('img', { name: /Chart: Fixture officials trained/ })).toBeVisible()
    await expectNoAxeViolations(page)
    await page.setViewportSize({ width: 320, height: 640 })
    await page.goto(`/en${PROJECT}`)
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBe(0)
    const xml = await (await request.get(`/api/iati/${FIXTURE_SLUG}`)).text()
    expect(xml).toContain("<!-- Checked against IATI's Standard ruleset (2.03): no error. -->")
    // The fixture's invented transactions and gender marker are in the file.
    expect(xml.match(/<transaction>/g)).toHaveLength(2)
    expect(xml).toContain('<policy-marker vocabulary="1" code="1" significance="1"/>')
  })

  test('its “About this data” page says the IATI file passes', async ({ page }) => {
    await page.goto(`/en${PROJECT}/about-data`)
    await expect(
      page.getByText('IATI export: the file passes IATI’s Standard ruleset with no error.'),
    ).toBeVisible()
  })
})
