import { expect, test } from '@playwright/test'
import { expectNoAxeViolations } from './axe'

// The embedded build has no Sanity project id: /studio explains what to ask IT for.
test.describe('Studio without a Sanity project', () => {
  test('explains the setup in Georgian and English, accessibly', async ({ page }) => {
    const response = await page.goto('/studio')
    expect(response?.status()).toBe(200)
    await expect(page).toHaveTitle(/შინაარსის რედაქტორი .* · The content editor/)
    await expect(page.locator('section[lang="ka"] h1')).toHaveText(
      'შინაარსის რედაქტორი ჯერ არ არის გამართული',
    )
    await expect(page.locator('section[lang="en"] h1')).toHaveText(
      'The content editor is not set up yet',
    )
    await expect(page.locator('section[lang="en"]')).toContainText('NEXT_PUBLIC_SANITY_PROJECT_ID')
    await expectNoAxeViolations(page)
  })

  test('leads back to the site', async ({ page }) => {
    await page.goto('/studio')
    await page.locator('section[lang="en"]').getByRole('link', { name: 'Back to the site' }).click()
    await expect(page).toHaveURL(/\/(ka|en)$/)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  })
})
