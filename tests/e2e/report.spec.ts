import { expectNoAxeViolations } from './axe'
import { expect, test, type Page } from '@playwright/test'
import { parse } from 'csv-parse/sync'

const LIST = '/en/projects/secure-borders-safe-migration/activities'
const FILTERED = `${LIST}?cluster=integrated-border-management&org=ministry-of-internal-affairs`

async function rowTitles(page: Page) {
  return page.locator('.report__table tbody th').allTextContents()
}

test.describe('donor activity list without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('filters from the URL are rendered on the server', async ({ page }) => {
    const response = await page.goto(FILTERED)
    expect(response?.status()).toBe(200)
    expect(await rowTitles(page)).toEqual([
      'One-off provision of hardware and software to the Ministry of Internal Affairs',
      'Support to the Ministry of Internal Affairs in establishing a comprehensive system for managing border-related risks',
    ])
    await expect(page.getByRole('status').filter({ hasText: '2 activities of 24' })).toBeVisible()
  })

  test('the form works as a plain GET form', async ({ page }) => {
    await page.goto(LIST)
    await page.getByLabel('Search').fill('ეროვნული აღწერა')
    await page.getByRole('button', { name: 'Apply filters' }).click()
    await expect(page).toHaveURL(/q=/)
    expect(await rowTitles(page)).toEqual(['National census'])
  })
})

test.describe('donor activity list with JavaScript', () => {
  test('the form filters without a full reload and gives the same rows as the URL', async ({
    page,
  }) => {
    await page.goto(FILTERED)
    const expected = await rowTitles(page)

    await page.goto(LIST)
    await page.evaluate(() => Object.assign(window, { stillHere: true }))
    await page
      .getByRole('checkbox', {
        name: /Thematic cluster 1: Capacity development in integrated border management/,
      })
      .check()
    await expect(page).toHaveURL(/cluster=integrated-border-management/)
    await page.getByRole('checkbox', { name: /Ministry of Internal Affairs of Georgia/ }).check()
    await expect(page).toHaveURL(/org=ministry-of-internal-affairs/)
    await expect.poll(() => rowTitles(page)).toEqual(expected)
    expect(await page.evaluate(() => 'stillHere' in window)).toBe(true)
  })

  test('the CSV download holds exactly the rows on screen', async ({ page }) => {
    await page.goto(FILTERED)
    const onScreen = await rowTitles(page)
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'CSV, English' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(
      /^secure-borders-safe-migration-activities-en-\d{4}-\d{2}-\d{2}\.csv$/,
    )
    const text = await (
      await download.createReadStream()
    )
      .toArray()
      .then((chunks) => Buffer.concat(chunks).toString('utf8'))
    expect(text.charCodeAt(0)).toBe(0xfeff)
    const records: string[][] = parse(text.slice(1))
    expect(records[0]).toContain('Activity')
    const activityColumn = records[0]!.indexOf('Activity')
    expect(records.slice(1).map((record) => record[activityColumn])).toEqual(onScreen)
  })

  test('the two-language CSV has Georgian and English columns', async ({ request }) => {
    const response = await request.get(
      `${LIST}.csv?cluster=integrated-border-management&org=ministry-of-internal-affairs&lang=both`,
    )
    expect(response.headers()['content-type']).toContain('text/csv')
    expect(response.headers()['content-disposition']).toMatch(
      /^attachment; filename=".*-ka-en-.*\.csv"$/,
    )
    const records: string[][] = parse((await response.text()).slice(1))
    expect(records[0]).toEqual(expect.arrayContaining(['Activity (en)', 'საქმიანობა (ka)']))
    expect(records).toHaveLength(3)
  })

  test('the IATI file is offered for download', async ({ request }) => {
    const response = await request.get('/api/iati/secure-borders-safe-migration')
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toContain('application/xml')
    expect(await response.text()).toContain('<iati-activities version="2.03"')
  })

  test('unknown filter values are ignored with a notice, and an empty result offers to clear', async ({
    page,
  }) => {
    const response = await page.goto(`${LIST}?status=done&q=zzzz`)
    expect(response?.status()).toBe(200)
    await expect(page.getByText('Ignored an unknown value for “status”: done')).toBeVisible()
    await expect(page.getByText('No activity matches these filters.')).toBeVisible()
    await page.locator('.report__empty').getByRole('link', { name: 'Clear all filters' }).click()
    await expect(page.getByRole('status').filter({ hasText: '24 activities of 24' })).toBeVisible()
  })

  for (const url of [LIST, FILTERED, '/ka/activities', `${LIST}?q=zzzz`]) {
    test(`${url} has no axe violations`, async ({ page }) => {
      await page.goto(url)
      await expectNoAxeViolations(page)
    })
  }

  test('the whole list is a generated page; URLs with filters are rendered per request', async ({
    request,
  }) => {
    for (const url of [LIST, `${LIST}?utm_source=newsletter`, '/ka/activities']) {
      const response = await request.get(url)
      expect(response.status()).toBe(200)
      expect(response.headers()['cache-control']).toMatch(/s-maxage=\d+/)
    }
    for (const url of [FILTERED, '/ka/activities?status=none']) {
      const response = await request.get(url)
      expect(response.status()).toBe(200)
      expect(response.headers()['cache-control']).toMatch(/no-store/)
    }
    const filtered = await (await request.get(FILTERED)).text()
    expect(filtered).toContain('role="status" aria-live="polite">2 activities of 24')
    expect(filtered).toContain(`rel="canonical" href="http://localhost:3000${LIST}"`)
  })

  test('the overview and cluster pages link to the list', async ({ page }) => {
    await page.goto('/en/projects/secure-borders-safe-migration')
    await page.getByRole('link', { name: 'List, export and print all activities' }).click()
    await expect(page).toHaveURL(LIST)
    await page.goto('/en/projects/secure-borders-safe-migration/clusters/migration-data-management')
    await page
      .getByRole('link', { name: /Filter, export and print the activities of thematic cluster 4/ })
      .click()
    await expect(page).toHaveURL(/cluster=migration-data-management/)
    await expect.poll(() => rowTitles(page)).toHaveLength(4)
  })
})
