import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './axe'

test.describe('editors’ guide', () => {
  test('reads in Georgian, marked as Georgian, accessibly', async ({ page }) => {
    const response = await page.goto('/studio/editors-guide/ka')
    expect(response?.status()).toBe(200)
    const guide = page.locator('article[lang="ka"]')
    await expect(guide.getByRole('heading', { level: 1 })).toHaveText('რედაქტორების სახელმძღვანელო')
    await expect(guide.getByRole('heading', { level: 2, name: 'აქტივობის დამატება' })).toBeVisible()
    await expect(guide.locator('ol').first().locator('li')).toHaveCount(6)
    await expectNoAxeViolations(page)
  })

  test('switches to English and back to the Studio', async ({ page }) => {
    await page.goto('/studio/editors-guide/ka')
    await page.getByRole('link', { name: 'English' }).click()
    await expect(page).toHaveURL(/\/studio\/editors-guide\/en$/)
    await expect(
      page.getByRole('heading', { level: 2, name: 'What the webhook does' }),
    ).toBeVisible()
    await expect(page.getByRole('link', { name: 'Open the Studio' })).toHaveAttribute(
      'href',
      '/studio',
    )
  })

  test('has no guide in other languages (the Studio route answers instead)', async ({ page }) => {
    await page.goto('/studio/editors-guide/fr')
    await expect(page.locator('article[lang]')).toHaveCount(0)
    await expect(page.locator('section[lang="en"] h1')).toHaveText(
      'The content editor is not set up yet',
    )
  })
})
