import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './axe'
import en from '../../messages/en.json'
import { PROJECT } from './pages'

const LIST = `${PROJECT}/activities`

/** The page's own width is the viewport's: nothing makes it scroll sideways. */
async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
  expect(overflow).toBe(0)
}

/**
 * What keeps the page's charts from reading at its width: SVG text under 14 px, text leaving its
 * chart sideways, or two labels whose boxes overlap.
 */
async function chartTextProblems(page: Page): Promise<string[]> {
  return page.locator('svg.indicator-chart, svg.timeline__chart').evaluateAll((charts) =>
    charts.flatMap((chart, index) => {
      const edge = chart.getBoundingClientRect()
      const labels = [...chart.querySelectorAll('text')].map((text) => ({
        text: `chart ${index + 1}: "${text.textContent}"`,
        box: text.getBoundingClientRect(),
        size: parseFloat(getComputedStyle(text).fontSize),
      }))
      const problems = labels.flatMap(({ text, box, size }) => [
        ...(size < 14 ? [`${text} is ${size} px`] : []),
        ...(box.left < edge.left - 1 || box.right > edge.right + 1 ? [`${text} leaves it`] : []),
      ])
      labels.forEach((a, i) => {
        for (const b of labels.slice(i + 1)) {
          const across = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left)
          const down = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top)
          if (across > 1 && down > 1) problems.push(`${a.text} overlaps ${b.text}`)
        }
      })
      return problems
    }),
  )
}

test.describe('donor facts on the seed project', () => {
  test('the English overview shows budget, status and period without marks; its references open its notes, which lead to “About this data”', async ({
    page,
  }) => {
    await page.goto(`/en${PROJECT}`)
    const figures = page.getByRole('region', { name: 'Key figures' })
    await expect(figures.getByText('€4,800,000')).toBeVisible()
    await expect(figures.locator('.figure', { hasText: 'Status' })).toContainText('Completed')
    // No source gives the EU's share: left out, not announced; the hero carries no marks.
    await expect(figures.locator('.figure', { hasText: 'EU contribution' })).toHaveCount(0)
    await expect(page.locator('.hero .source-refs')).toHaveCount(0)
    // A reference on the overview opens its numbered note at the end of the page (the cited page
    // and its publisher); the notes lead on to "About this data", where each is quoted.
    const contactRef = page
      .getByRole('region', { name: 'Contact' })
      .locator('.source-refs a')
      .first()
    const href = `${await contactRef.getAttribute('href')}`
    expect(href).toMatch(/^#source-\d+$/)
    await contactRef.click()
    await expect(page).toHaveURL(new RegExp(`/en${PROJECT}#source-\\d+$`))
    const note = page.locator(href)
    await expect(note).toBeVisible()
    const cited = `${await note.locator('a').first().getAttribute('href')}`
    await page
      .getByRole('region', { name: 'Sources' })
      .getByRole('link', { name: /About this data$/ })
      .click()
    await expect(page).toHaveURL(`/en${PROJECT}/about-data`)
    const inFull = page.locator('.sources__item', {
      has: page.locator(`.sources__title a[href="${cited}"]`),
    })
    await expect(inFull).toContainText('Contact')
    await expect(inFull.locator('blockquote')).toBeVisible()
    // There, each fact with its sources quoted, what is missing and the IATI readiness.
    const facts = page.getByRole('region', { name: 'Project facts' })
    await expect(facts.locator('.fact', { hasText: 'Total budget' })).toContainText('€4,800,000')
    await expect(facts.locator('.fact', { hasText: 'Status' })).toContainText('Completed')
    const budgetRef = facts
      .locator('.fact', { hasText: 'Total budget' })
      .locator('.source-refs a')
      .first()
    const budgetSource = page.locator(`${await budgetRef.getAttribute('href')}`)
    await expect(budgetSource).toContainText('police.ge')
    await expect(budgetSource.locator('blockquote')).toContainText('4.8')
    await expect(budgetSource.locator('.sources__meta')).toContainText(en.Sources.seen)
    await expect(page.getByRole('region', { name: 'What is still missing' })).toContainText(
      'EU contribution',
    )
    await expect(
      page.getByRole('region', { name: 'Could the IATI file be published?' }),
    ).toContainText('IATI export: not yet publishable because')
    await expectNoAxeViolations(page)
  })

  test('the Georgian overview shows the same facts in Georgian', async ({ page }) => {
    await page.goto(`/ka${PROJECT}`)
    const figures = page.getByRole('region', { name: 'ძირითადი მაჩვენებლები' })
    await expect(figures.getByText('4 800 000 €')).toBeVisible()
    await expect(figures.locator('.figure', { hasText: 'სტატუსი' })).toContainText('დასრულებული')
    await page
      .getByRole('link', { name: 'მონაცემების შესახებ: წყაროები, მეთოდი და რა აკლია ჯერ კიდევ' })
      .click()
    await expect(page).toHaveURL(new RegExp(`/ka${PROJECT}/about-data$`))
    const facts = page.getByRole('region', { name: 'პროექტის მონაცემები' })
    await expect(facts.locator('.fact', { hasText: 'სტატუსი' })).toContainText('დასრულებული')
    await expect(page.getByRole('heading', { name: 'წყაროები', level: 2 })).toBeVisible()
    await expect(page.locator('blockquote[lang="en"]').first()).toBeVisible()
    await expect(page.getByRole('region', { name: 'რა აკლია ჯერ კიდევ' })).toContainText(
      'ევროკავშირის წვლილი',
    )
    await expectNoAxeViolations(page)
  })

  test('the facts page’s old address redirects permanently to “About this data”', async ({
    request,
  }) => {
    for (const locale of ['ka', 'en']) {
      const response = await request.get(`/${locale}${PROJECT}/facts`, { maxRedirects: 0 })
      expect(response.status()).toBe(308)
      expect(response.headers().location).toBe(`/${locale}${PROJECT}/about-data`)
    }
  })

  test('results, timeline and sources render without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`/en${PROJECT}/about-data`)
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

  test('an activity page says once that its status and dates are the project’s', async ({
    page,
  }) => {
    await page.goto(`/en${PROJECT}/activities/support-to-mobility-centre`)
    const facts = page.getByRole('region', { name: 'Status and dates' })
    await expect(facts.locator('.fact', { hasText: 'Status' })).toContainText('Completed')
    await expect(facts.locator('.fact', { hasText: 'Period' })).toContainText(
      '15 December 2013 – July 2017',
    )
    await expect(facts.locator('.facts__note')).toHaveText(en.Activity.inheritedBoth)
    await expect(page.getByText('Beneficiaries')).toBeVisible()
    await expect(
      page.getByRole('heading', { name: /Mobility Centres for returned migrants/ }),
    ).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('the activity list shows the status its pages and the CSV give, and says once it is the project’s', async ({
    page,
    request,
  }) => {
    await page.goto(`/en${LIST}`)
    const statuses = page.locator('.report__table td[data-label="Status"]')
    await expect(statuses).toHaveCount(24)
    expect(new Set(await statuses.allTextContents())).toEqual(new Set(['Completed']))
    await expect(page.locator('.report__note')).toHaveCount(1)
    await expect(page.locator('.report__note')).toContainText(
      'Activities without a status or dates of their own show the project’s: Completed',
    )
    const csv = await (await request.get(`/en${LIST}.csv`)).text()
    // Status, then "taken from the project": the same value, said to be the project's.
    const rows = csv.slice(1).trimEnd().split('\r\n').slice(1)
    expect(rows).toHaveLength(24)
    for (const row of rows) expect(row).toContain(',Completed,yes,')
  })

  test('the activity list links to the exports and “About this data”, which says why the IATI file is not yet publishable, in both languages', async ({
    page,
  }) => {
    await page.goto(`/en${LIST}`)
    await expect(page.locator('.iati-readiness')).toHaveCount(0)
    await expect(page.getByText('IATI export: not yet publishable because')).toHaveCount(0)
    await expect(
      page.getByRole('link', { name: 'IATI activity file (XML, standard 2.03)' }),
    ).toBeVisible()
    await page
      .getByRole('link', { name: 'About this data: sources, method and what is still missing' })
      .click()
    await expect(page).toHaveURL(new RegExp(`/en${PROJECT}/about-data$`))
    await expect(page.getByText('IATI export: not yet publishable because')).toBeVisible()
    // The seed's blocker: the identifier is the provisional one (its budget, known only for the
    // whole project, is no longer written as a <budget>, so rule 7.5.3 no longer fails).
    await expect(page.getByText(/the identifier .* is provisional/)).toBeVisible()
    await expect(page.getByText(/the total budget is not split by year/)).toBeVisible()
    await expect(page.getByText(/IATI rule 7\.5\.3/)).toHaveCount(0)
    await page.goto(`/ka${PROJECT}/about-data`)
    await expect(
      page.getByText(/IATI ექსპორტი: ფაილი ჯერ არ არის გამოსაქვეყნებლად მზად/),
    ).toBeVisible()
    await expect(page.getByText(/იდენტიფიკატორი .* დროებითია/)).toBeVisible()
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
    // Built with the public address: no link of the file is local; a secondary report of IOM's.
    expect(xml).not.toMatch(/https?:\/\/(localhost|127\.0\.0\.1)/)
    expect(xml).toContain('secondary-reporter="1"')
    expect(xml).not.toContain('public address is not set or local')
    // The planned end of the latest sourced plan, to the day; the total budget, not split by
    // year, as a sourced sentence of the description; no transaction, as no source gives one.
    expect(xml).toContain('<activity-date type="3" iso-date="2017-07-10"/>')
    expect(xml).toMatch(
      /<description type="4">\s*<narrative xml:lang="ka">პროექტის მთლიანი ბიუჯეტი/,
    )
    expect(xml).not.toMatch(/<transaction>/)
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

  for (const locale of ['en', 'ka']) {
    test(`/${locale}: the timeline and an indicator chart read at 320 px, labels whole and apart`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 320, height: 640 })
      for (const path of [
        `${PROJECT}/about-data`,
        `${PROJECT}/clusters/integrated-border-management`,
      ]) {
        await page.goto(`/${locale}${path}`)
        // The scale's ticks and the timeline's events are labelled on the chart itself.
        await expect(page.locator('svg .chart-axis text, svg .timeline__what')).not.toHaveCount(0)
        expect(await chartTextProblems(page)).toEqual([])
        await expectNoSidewaysScroll(page)
      }
    })
  }

  test('the Georgian overview with its new sections has no axe violations', async ({ page }) => {
    await page.goto(`/ka${PROJECT}`)
    await expectNoAxeViolations(page)
  })
})
