import { expect, test, type Page } from '@playwright/test'
import en from '../../messages/en.json'
import ka from '../../messages/ka.json'

/** Phone, phone, tablet, desktop: no page may scroll sideways at any of them. */
const WIDTHS = [320, 390, 768, 1366]
const STATEMENT = { ka: ka.EuFunding.statement, en: en.EuFunding.statement }

/**
 * The data's bookkeeping, which only a project's "About this data" page shows: announced gaps,
 * access dates, inherited-value notes at every value, the IATI readiness.
 */
const BOOKKEEPING = {
  ka: ['არ არის მითითებული', ka.Sources.seen, ka.Iati.notPublishable, ka.Iati.publishable],
  en: [
    'Not recorded',
    en.Sources.seen,
    'the project’s dates',
    en.Iati.notPublishable,
    en.Iati.publishable,
  ],
}

/**
 * What of the bookkeeping a public page shows (none, unless it is "About this data"), and any
 * section heading with nothing under it (on every page).
 */
async function bookkeepingOn(page: Page, locale: 'ka' | 'en'): Promise<string[]> {
  const found: string[] = []
  if (!new URL(page.url()).pathname.endsWith('/about-data')) {
    const text = await page.locator('main').innerText()
    found.push(...BOOKKEEPING[locale].filter((words) => text.includes(words)))
    if ((await page.locator('.iati-readiness').count()) > 0) found.push('IATI readiness')
  }
  // No heading with nothing under it: each section heading shares its section with content.
  const empty = await page
    .locator('main h2')
    .evaluateAll((headings) =>
      headings
        .filter((h) => h.parentElement?.textContent?.trim() === h.textContent?.trim())
        .map((h) => `empty section “${h.textContent}”`),
    )
  return [...found, ...empty]
}

/** The pages a page links to: this site's HTML pages, without fragments or downloads. */
async function linksOf(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator('a[href]:not([download])')
    .evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href))
  const origin = new URL(page.url()).origin
  return hrefs.flatMap((href) => {
    const url = new URL(href)
    if (url.origin !== origin || !/^\/(ka|en)(\/|$)/.test(url.pathname)) return []
    if (/\.[a-z]+$/.test(url.pathname)) return []
    return [url.pathname + url.search]
  })
}

test('every page the site links to fits 320–1366 px without sideways scrolling, carries the EU statement and no bookkeeping', async ({
  page,
}) => {
  test.setTimeout(600_000)
  const queue = ['/ka', '/en']
  const seen = new Set(queue)
  const problems: string[] = []
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    const response = await page.goto(next)
    if (response?.status() !== 200) {
      problems.push(`${next}: status ${response?.status()}`)
      continue
    }
    const locale = (await page.locator('html').getAttribute('lang')) as 'ka' | 'en'
    for (const words of await bookkeepingOn(page, locale)) problems.push(`${next}: “${words}”`)
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 })
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth)
      if (scrollWidth > width) problems.push(`${next} at ${width} px: ${scrollWidth} px wide`)
      const statement = page.locator('.eu-funding', { hasText: STATEMENT[locale] })
      if (!(await statement.first().isVisible()))
        problems.push(`${next} at ${width} px: no visible EU statement`)
    }
    for (const link of await linksOf(page)) {
      if (!seen.has(link)) {
        seen.add(link)
        queue.push(link)
      }
    }
  }
  console.log(`checked ${seen.size} pages at ${WIDTHS.join(', ')} px`)
  // Every kind of page was reached: overviews, clusters, activities, lists, filtered lists.
  expect(seen.size).toBeGreaterThan(70)
  expect([...seen].filter((url) => url.includes('?cluster=')).length).toBeGreaterThan(0)
  expect(problems).toEqual([])
})
