import { expectNoAxeViolations } from './axe'
import { expect, test, type Page } from '@playwright/test'
import { parse } from 'csv-parse/sync'
import { PUBLIC_SITE_URL } from './servers'

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

  test('the form works as a plain GET form and lands on a clean URL', async ({ page }) => {
    await page.goto(LIST)
    await page.getByLabel('Search').fill('ეროვნული აღწერა')
    await page.getByRole('button', { name: 'Apply filters' }).click()
    await expect(page).toHaveURL(
      `${LIST}?q=${encodeURIComponent('ეროვნული აღწერა').replace('%20', '+')}`,
    )
    expect(await rowTitles(page)).toEqual(['National census'])
    await page.getByRole('checkbox', { name: /4\. Migration data management/ }).check()
    await page.getByLabel('Search').fill('')
    await page.getByRole('button', { name: 'Apply filters' }).click()
    await expect(page).toHaveURL(`${LIST}?cluster=migration-data-management`)
    expect(await rowTitles(page)).toHaveLength(4)
  })

  test('the language switch keeps the filters', async ({ page }) => {
    await page.goto(FILTERED)
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link').click()
    await expect(page).toHaveURL(FILTERED.replace('/en/', '/ka/'))
    expect(await rowTitles(page)).toHaveLength(2)
    await expect(page.getByRole('status').filter({ hasText: '2 საქმიანობა 24-დან' })).toBeVisible()
  })

  test('the filters collapse behind a toggle on phones', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 })
    await page.goto(FILTERED)
    await expect(page.getByLabel('Search')).toBeHidden()
    await page.getByText(/Filter the list/).click()
    await expect(page.getByLabel('Search')).toBeVisible()
    // Rows are cards: one column, no sideways scrolling.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
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
    await page.getByRole('checkbox', { name: /1\. Integrated border management/ }).check()
    await expect(page).toHaveURL(/cluster=integrated-border-management/)
    // The client navigation writes the clean URL: no empty search, no default sort.
    expect(page.url()).not.toMatch(/[?&](q=(&|$)|sort=order)/)
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

  test('the printed report carries IOM, the EU emblem and statement, and fits the list on few pages', async ({
    page,
  }) => {
    await page.goto(LIST.replace('/en/', '/ka/'))
    await page.emulateMedia({ media: 'print' })
    const header = page.getByRole('banner')
    await expect(header.getByText('IOM', { exact: true })).toBeVisible()
    await expect(header.getByText('დაფინანსებულია ევროკავშირის მიერ')).toBeVisible()
    await expect(header.getByRole('img', { name: 'ევროკავშირის დროშა' })).toBeVisible()
    await expect(page.getByRole('navigation', { name: 'მთავარი' })).toBeHidden()
    await expect(page.getByLabel('ძიება')).toBeHidden()
    const pdf = await page.pdf({ preferCSSPageSize: true })
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []
    // 24 Georgian rows, the summary counts and the disclaimer: three A4 landscape pages at most.
    expect(pages.length).toBeGreaterThan(0)
    expect(pages.length).toBeLessThanOrEqual(3)
  })

  test('a printed Georgian search is quoted „…“', async ({ page }) => {
    await page.goto(`${LIST.replace('/en/', '/ka/')}?q=${encodeURIComponent('აღწერა')}`)
    await page.emulateMedia({ media: 'print' })
    await expect(page.locator('.report__print-meta')).toContainText('„აღწერა“')
  })

  for (const url of [LIST, FILTERED, '/ka/activities', `${LIST}?q=zzzz`]) {
    test(`${url} has no axe violations`, async ({ page }) => {
      await page.goto(url)
      await expectNoAxeViolations(page)
    })
  }

  test('the whole list is a generated page; URLs with filters are rendered once and kept', async ({
    request,
  }) => {
    for (const url of [LIST, `${LIST}?utm_source=newsletter`, '/ka/activities']) {
      const response = await request.get(url)
      expect(response.status()).toBe(200)
      expect(response.headers()['cache-control']).toMatch(/s-maxage=\d+/)
    }
    // A filtered list is rendered on its first request, then kept by shared caches like the
    // generated list (the front cache in server.mjs, the proxy) until the webhook or the hour.
    for (const url of [FILTERED, '/ka/activities?status=completed']) {
      const response = await request.get(url)
      expect(response.status()).toBe(200)
      expect(response.headers()['cache-control']).toMatch(/^public, s-maxage=\d+/)
      const again = await request.get(url)
      expect(again.headers()['x-front-cache']).toBe('hit')
      expect(await again.text()).toBe(await response.text())
    }
    const filtered = await (await request.get(FILTERED)).text()
    expect(filtered).toContain('role="status" aria-live="polite">2 activities of 24')
    expect(filtered).toContain(`rel="canonical" href="${PUBLIC_SITE_URL}${LIST}"`)
  })

  test('lists are paged: one address per page, 404 past the last, no pager for one page', async ({
    request,
  }) => {
    // The seed's lists fit on one page (100 activities, 24 projects a page).
    for (const list of [LIST, '/en/activities', '/en/projects']) {
      const first = await request.get(`${list}?page=1`, { maxRedirects: 0 })
      expect(first.status()).toBe(307)
      expect(first.headers()['location']).toMatch(new RegExp(`${list}$`))
      expect((await request.get(`${list}?page=2`)).status()).toBe(404)
      expect((await request.get(`${list}?page=x`)).status()).toBe(404)
      expect(await (await request.get(list)).text()).not.toContain('class="pager"')
    }
    // The CSV is never paged.
    const csv = await request.get(`${LIST}.csv?page=2`)
    expect(csv.status()).toBe(200)
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
