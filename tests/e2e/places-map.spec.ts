import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './axe'
import en from '../../messages/en.json'
import ka from '../../messages/ka.json'
import { PROJECT } from './pages'

/**
 * Issue 22, point 6: the overview's map of places, drawn on the server, its numbers matching the
 * list, with the UN-style disclaimer in the page's language, on screen, on a phone and on paper.
 */
for (const [locale, messages] of [
  ['en', en],
  ['ka', ka],
] as const) {
  test(`the ${locale} overview shows the map of places with the list and the disclaimer`, async ({
    page,
  }) => {
    await page.goto(`/${locale}${PROJECT}`)
    const map = page.getByRole('img', { name: messages.Locations.mapTitle })
    await expect(map).toBeVisible()
    const markers = map.locator('[data-place]')
    const numbered = page.locator('.locations__list li[data-marker]')
    await expect(markers).not.toHaveCount(0)
    expect(await numbered.count()).toBe(await markers.count())
    await expect(page.locator('.places-map figcaption')).toContainText(
      messages.Locations.mapDisclaimer,
    )
    await expectNoAxeViolations(page)
  })
}

test('the map fits a 320 px screen and prints with its disclaimer', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 })
  await page.goto(`/en${PROJECT}`)
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
  expect(overflow).toBe(0)
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('.places-map svg')).toBeVisible()
  await expect(page.locator('.places-map figcaption')).toContainText(en.Locations.mapAttribution)
})
