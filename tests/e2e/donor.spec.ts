import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './axe'
import { PROJECT } from './pages'

const LIST = `${PROJECT}/activities`

/** The page's own width is the viewport's: nothing makes it scroll sideways. */
async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
  expect(overflow).toBe(0)
}

test.describe('donor facts on the seed project', () => {
  test('the English overview shows budget, EU contribution, status and period with their sources', async ({
    page,
  }) => {
    await page.goto(`/en${PROJECT}`)
    const figures = page.getByRole('region', { name: 'Key figures' })
    await expect(figures.getByText('€4,800,000')).toBeVisible()
    await expect(figures.locator('.figure', { hasText: 'Status' })).toContainText('Completed')
    await expect(figures.locator('.figure', { hasText: 'EU contribution' })).toContainText(
      'Not recorded',
    )
    // A figure's reference opens the facts page at the source it cites.
    const budgetRef = figures
      .locator('.figure', { hasText: 'Total budget' })
      .locator('.source-refs a')
      .first()
    const href = `${await budgetRef.getAttribute('href')}`
    expect(href).toMatch(new RegExp(`^/en${PROJECT}/facts#source-\\d+$`))
    await budgetRef.click()
    const source = page.locator(href.slice(href.indexOf('#')))
    await expect(source).toContainText('police.ge')
    await expect(source.locator('blockquote')).toContainText('4.8')
    const facts = page.getByRole('region', { name: 'Project facts' })
    await expect(facts.locator('.fact', { hasText: 'Total budget' })).toContainText('€4,800,000')
    await expect(facts.locator('.fact', { hasText: 'Status' })).toContainText('Completed')
    await expect(facts.locator('.not-recorded').first()).toHaveText('Not recorded')
    await expectNoAxeViolations(page)
  })

  test('the Georgian overview shows the same facts in Georgian', async ({ page }) => {
    await page.goto(`/ka${PROJECT}`)
    const figures = page.getByRole('region', { name: 'ძირითადი მაჩვენებლები' })
    await expect(figures.getByText('4 800 000 €')).toBeVisible()
    await expect(figures.locator('.figure', { hasText: 'სტატუსი' })).toContainText('დასრულებული')
    await page
      .getByRole('link', {
        name: 'პროექტის მონაცემები, ქრონოლოგია, ადგილები და კონტაქტი — თითოეული ფაქტის წყაროთი',
      })
      .click()
    await expect(page).toHaveURL(new RegExp(`/ka${PROJECT}/facts$`))
    const facts = page.getByRole('region', { name: 'პროექტის მონაცემები' })
    await expect(facts.locator('.fact', { hasText: 'სტატუსი' })).toContainText('დასრულებული')
    await expect(page.getByRole('heading', { name: 'წყაროები', level: 2 })).toBeVisible()
    await expect(page.locator('blockquote[lang="en"]').first()).toBeVisible()
  })

  test('results, timeline and sources render without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`/en${PROJECT}/facts`)
    await expect(page.getByRole('img', { name: /Timeline of/ })).toBeVisible()
    await expect(page.getByRole('table', { name: 'Dates in the timeline' })).toContainText(
      'July 2017',
    )
    await expect(page.locator('.sources__quote').first()).toBeVisible()
    await page.goto(`/en${PROJECT}`)
    await expect(page.getByRole('heading', { name: 'Results', level: 2 })).toBeVisible()
    // The overview names each cluster's results; their figures are one link away.
    const toFigures = page.getByRole('link', {
      name: 'Descriptions and figures (4 indicators) on the Thematic cluster 1 page',
    })
    await toFigures.click()
    await expect(page).toHaveURL(/\/clusters\/integrated-border-management#results$/)
    await expect(
      page.getByRole('img', { name: /Chart: Participants per training event/ }),
    ).toBeVisible()
    await context.close()
  })

  test('an activity page says its status and dates are the project’s', async ({ page }) => {
    await page.goto(`/en${PROJECT}/activities/support-to-mobility-centre`)
    const facts = page.getByRole('region', { name: 'Status and dates' })
    await expect(facts).toContainText('Completed (the project’s status)')
    await expect(facts).toContainText('(the project’s dates)')
    await expect(page.getByText('Beneficiaries')).toBeVisible()
    await expect(
      page.getByRole('heading', { name: /Mobility Centres for returned migrants/ }),
    ).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('the activity list says why the IATI file is not yet publishable, in both languages', async ({
    page,
  }) => {
    await page.goto(`/en${LIST}`)
    await expect(page.getByText('IATI export: not yet publishable because')).toBeVisible()
    await expect(page.getByText(/IATI rule 7\.5\.3 \(error, 1 case\)/)).toBeVisible()
    await expect(
      page.getByRole('link', { name: 'IATI activity file (XML, standard 2.03)' }),
    ).toBeVisible()
    await page.goto(`/ka${LIST}`)
    await expect(
      page.getByText(/IATI ექსპორტი: ფაილი ჯერ არ არის გამოსაქვეყნებლად მზად/),
    ).toBeVisible()
  })

  test('on a filtered list the IATI link says it covers the whole project', async ({ page }) => {
    await page.goto(`/en${LIST}?cluster=migration-data-management`)
    await expect(
      page.getByRole('link', { name: /of the whole project: the filters do not apply to it/ }),
    ).toHaveAttribute('href', '/api/iati/secure-borders-safe-migration')
  })

  test('the IATI file lists its gaps in comments and never an empty identifier', async ({
    request,
  }) => {
    const xml = await (await request.get('/api/iati/secure-borders-safe-migration')).text()
    expect(xml).toContain('<!-- Not yet publishable because: -->')
    expect(xml).not.toContain('<iati-identifier></iati-identifier>')
    expect(xml).not.toMatch(/ref=""/)
  })

  test('the CSV gains status, dates, budget share and sources', async ({ request }) => {
    const csv = await (await request.get(`/en${LIST}.csv`)).text()
    const header = csv.slice(1, csv.indexOf('\r\n'))
    for (const column of [
      'Status taken from the project',
      'Dates taken from the project',
      'Cluster share of the project budget (%)',
      'Sources',
    ]) {
      expect(header).toContain(column)
    }
    expect(csv).toContain('http://mra.gov.ge/geo/static/2369')
  })

  for (const path of [PROJECT, `${PROJECT}/activities/support-to-mobility-centre`, LIST]) {
    for (const locale of ['en', 'ka']) {
      test(`/${locale}${path} fits a 320 px screen`, async ({ page }) => {
        await page.setViewportSize({ width: 320, height: 640 })
        await page.goto(`/${locale}${path}`)
        await expectNoSidewaysScroll(page)
      })
    }
  }

  test('the Georgian overview with its new sections has no axe violations', async ({ page }) => {
    await page.goto(`/ka${PROJECT}`)
    await expectNoAxeViolations(page)
  })
})
