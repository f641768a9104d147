import { expect, test } from '@playwright/test'
import { PROJECT } from './pages'

test.describe('the home page, the portal’s front door', () => {
  test('serves the Georgian page from the embedded dataset', async ({ page }) => {
    const response = await page.goto('/ka')
    expect(response?.status()).toBe(200)
    await expect(page.locator('html')).toHaveAttribute('lang', 'ka')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'IOM-ის პროექტები საქართველოში',
    )
    // A card per project: its name leads to its overview, with its purpose and what it achieved.
    const card = page.locator('.home-project', {
      has: page.getByRole('link', { name: 'დაცული საზღვრებისა და უსაფრთხო მიგრაციის მხარდაჭერა' }),
    })
    await expect(card.getByRole('heading', { level: 3 })).toHaveText('რას მიაღწია პროექტმა')
    await expect(card.locator('.result-figure')).toHaveCount(3)
    await expect(card).toContainText('ბოლო განახლება:')
    // No copy of the overview: its objectives are on the project's page.
    await expect(page.locator('#objectives-heading')).toHaveCount(0)
    await card.getByRole('link').click()
    await expect(page).toHaveURL(`/ka${PROJECT}`)
    await expect(page.getByText('პროექტს ახორციელებს')).toBeVisible()
    await expect(page.locator('#objectives-heading ~ ol h3')).toHaveCount(2)
  })

  test('serves the English page; the overview leads with facts and results, then objectives', async ({
    page,
  }) => {
    const response = await page.goto('/en')
    expect(response?.status()).toBe(200)
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('IOM projects in Georgia')
    const card = page.locator('.home-project', {
      has: page.getByRole('link', { name: 'Promoting Secure Borders and Safe Migration' }),
    })
    await expect(card.locator('time[datetime="2013-12-15"]')).toHaveText('15 December 2013')
    await expect(card.locator('.result-figure').first()).toContainText('10 units')
    // The EU emblem and statement once, in the header; not again in the page's body.
    await expect(page.locator('main .eu-funding')).toHaveCount(0)
    await page.getByRole('link', { name: 'Promoting Secure Borders and Safe Migration' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Promoting Secure Borders and Safe Migration',
    )
    const figures = page.getByRole('region', { name: 'Key figures' })
    await expect(figures.getByText('Completed')).toBeVisible()
    await expect(figures.locator('time[datetime="2013-12-15"]').first()).toHaveText(
      '15 December 2013',
    )
    await expect(figures.locator('time[datetime="2017-07"]')).toHaveText('July 2017')
    await expect(page.locator('main .eu-funding')).toHaveCount(0)
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
