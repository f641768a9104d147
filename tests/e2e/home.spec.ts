import { expect, test } from '@playwright/test'

test.describe('project home page', () => {
  test('serves the Georgian page from the embedded dataset', async ({ page }) => {
    const response = await page.goto('/ka')
    expect(response?.status()).toBe(200)
    await expect(page.locator('html')).toHaveAttribute('lang', 'ka')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'დაცული საზღვრებისა და უსაფრთხო მიგრაციის მხარდაჭერა',
    )
    await expect(page.getByText('პროექტს ახორციელებს')).toBeVisible()
    await expect(page.locator('#objectives-heading ~ ol h3')).toHaveCount(2)
  })

  test('serves the English page with facts and objectives', async ({ page }) => {
    const response = await page.goto('/en')
    expect(response?.status()).toBe(200)
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Promoting Secure Borders and Safe Migration',
    )
    const figures = page.getByRole('region', { name: 'Key figures' })
    await expect(figures.getByText('Completed')).toBeVisible()
    await expect(figures.locator('time[datetime="2013-12-15"]').first()).toHaveText(
      '15 December 2013',
    )
    await expect(figures.locator('time[datetime="2017-07"]')).toHaveText('July 2017')
    await expect(
      page.getByRole('heading', { name: 'Strengthening the migration governance framework' }),
    ).toBeVisible()
  })

  test('sends / to the default language', async ({ request }) => {
    const response = await request.get('/', {
      maxRedirects: 0,
      headers: { 'accept-language': 'ka' },
    })
    expect(response.status()).toBe(307)
    expect(response.headers()['location']).toMatch(/\/ka$/)
  })

  test('answers an unknown page with a localised 404', async ({ page }) => {
    const response = await page.goto('/en/no-such-page')
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
  })
})
