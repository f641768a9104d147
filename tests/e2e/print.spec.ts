import { expect, test, type Page } from '@playwright/test'
import { LOCALES, PROJECT } from './pages'

/**
 * Issue 20, point 9: the project overview prints as a one-page A4 fact sheet and every activity on
 * at most two A4 pages, in both languages (app/styles/print.css). Printed as a reader's browser
 * would: A4 paper, the page's own print styles, no browser header or footer.
 */
async function printedPages(page: Page, path: string): Promise<number> {
  const response = await page.goto(path)
  expect(response?.status(), path).toBe(200)
  await page.emulateMedia({ media: 'print' })
  const pdf = await page.pdf({ format: 'A4' })
  // One `/Type /Page` object per page; the page tree's `/Type /Pages` is not counted.
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length
}

for (const locale of LOCALES) {
  test(`the ${locale} project overview prints on one A4 page, with the EU statement and disclaimer`, async ({
    page,
  }) => {
    expect(await printedPages(page, `/${locale}${PROJECT}`)).toBe(1)
    // The fact sheet keeps what a donor quotes: the EU's emblem with its statement, the disclaimer.
    await expect(page.getByRole('banner').locator('.eu-funding')).toBeVisible()
    await expect(page.locator('.site-footer__disclaimer').first()).toBeVisible()
    // Menus, breadcrumbs and footer links are left off paper (hidden elements have no role).
    await expect(page.getByRole('navigation')).toHaveCount(0)
  })

  test(`every ${locale} activity prints on at most two A4 pages`, async ({ page }) => {
    test.setTimeout(300_000)
    await page.goto(`/${locale}${PROJECT}/activities`)
    const links = await page
      .locator('.report__table tbody th a')
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''))
    expect(links.length).toBeGreaterThan(20)
    const tooLong: string[] = []
    for (const link of links) {
      const count = await printedPages(page, link)
      if (count < 1 || count > 2) tooLong.push(`${link}: ${count} pages`)
    }
    expect(tooLong).toEqual([])
  })
}
