import { expectNoAxeViolations } from './axe'
import { expect, test } from '@playwright/test'
import { LOCALES, PAGES, PROJECT } from './pages'
import { PUBLIC_SITE_URL as BASE } from './servers'

for (const locale of LOCALES) {
  for (const { path, h1 } of PAGES) {
    const url = `/${locale}${path}`

    test(`${url} renders its content, language and SEO links`, async ({ page }) => {
      const response = await page.goto(url)
      expect(response?.status()).toBe(200)
      await expect(page.locator('html')).toHaveAttribute('lang', locale)
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(h1[locale])
      await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', `${BASE}${url}`)
      for (const alt of LOCALES) {
        await expect(page.locator(`link[rel=alternate][hreflang=${alt}]`)).toHaveAttribute(
          'href',
          `${BASE}/${alt}${path}`,
        )
      }
      await expect(page.locator('link[rel=alternate][hreflang=x-default]')).toHaveAttribute(
        'href',
        `${BASE}/ka${path}`,
      )
      expect((await page.title()).length).toBeGreaterThan(0)
      await expect(page.locator('meta[name=description]')).toHaveAttribute('content', /\S/)
    })

    test(`${url} has no axe violations (WCAG 2.2 AA)`, async ({ page }) => {
      await page.goto(url)
      await expectNoAxeViolations(page)
    })
  }
}

test('the language switch leads to the same page in the other language', async ({ page }) => {
  const path = `${PROJECT}/activities/border-police-hr-policy`
  await page.goto(`/ka${path}`)
  await page.getByRole('navigation', { name: 'ენა' }).getByRole('link', { name: 'English' }).click()
  await expect(page).toHaveURL(`/en${path}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Support to the Border Police in developing human resources policy',
  )
  await page
    .getByRole('navigation', { name: 'Language' })
    .getByRole('link', { name: 'ქართული' })
    .click()
  await expect(page).toHaveURL(`/ka${path}`)
})

test('the chosen language is remembered for /', async ({ page, context }) => {
  await page.goto('/ka')
  await page.getByRole('navigation', { name: 'ენა' }).getByRole('link', { name: 'English' }).click()
  await expect(page).toHaveURL('/en')
  // Polled, not read once: the cookie may be stored a moment after the address changes.
  await expect
    .poll(
      async () => (await context.cookies()).find((cookie) => cookie.name === 'NEXT_LOCALE')?.value,
    )
    .toBe('en')
  await page.goto('/')
  await expect(page).toHaveURL('/en')
})

test.describe('redirects and 404s', () => {
  test('/ follows Accept-Language', async ({ request }) => {
    const cases: [string, string][] = [
      ['en-GB,en;q=0.9', '/en'],
      ['ka-GE,ka;q=0.9', '/ka'],
      ['fr-FR', '/ka'],
    ]
    for (const [header, target] of cases) {
      const response = await request.get('/', {
        maxRedirects: 0,
        headers: { 'accept-language': header },
      })
      expect(response.status()).toBe(307)
      expect(new URL(response.headers()['location']!, BASE).pathname).toBe(target)
    }
  })

  const notFoundCases: [string, string][] = [
    ['/en/projects/no-such-project', 'Page not found'],
    ['/ka/projects/no-such-project', 'გვერდი ვერ მოიძებნა'],
    [`/en${PROJECT}/clusters/no-such-cluster`, 'Page not found'],
    [`/ka${PROJECT}/activities/no-such-activity`, 'გვერდი ვერ მოიძებნა'],
    ['/en/anything/else', 'Page not found'],
  ]
  for (const [url, heading] of notFoundCases) {
    test(`${url} is a localised 404`, async ({ page }) => {
      const response = await page.goto(url)
      expect(response?.status()).toBe(404)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading)
    })
  }

  test('an unknown locale is a 404 in the default language, whose switch offers the page in English', async ({
    page,
  }) => {
    const response = await page.goto('/fr/projects')
    expect(response?.status()).toBe(404)
    await expect(page.locator('html')).toHaveAttribute('lang', 'ka')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('გვერდი ვერ მოიძებნა')
    await page.getByRole('link', { name: 'English' }).click()
    await expect(page).toHaveURL('/en/projects')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Projects')
  })
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('all content and navigation work', async ({ page }) => {
    await page.goto('/en')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('IOM projects in Georgia')
    await expect(
      page.getByRole('banner').getByText('Funded by the European Union', { exact: true }),
    ).toBeVisible()
    // The front door leads to the project's overview.
    await page.getByRole('link', { name: 'Promoting Secure Borders and Safe Migration' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Promoting Secure Borders and Safe Migration',
    )
    await expect(
      page.getByRole('region', { name: 'Objectives' }).getByRole('heading', { level: 3 }),
    ).toHaveCount(2)
    await expect(
      page.getByRole('region', { name: 'Areas of action' }).getByRole('heading', { level: 3 }),
    ).toHaveCount(4)
    await page.getByRole('link', { name: 'Migration data management', exact: true }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Developing an inter-agency migration data management system',
    )
    await expect(page.getByRole('listitem')).toContainText(['National census'])
    await page.getByRole('link', { name: 'National census' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('National census')
    await page.getByRole('link', { name: 'ქართული' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('ეროვნული აღწერა')
  })
})

test.describe('the page frame', () => {
  test('the header menu opens without JavaScript on phones and stands open on desktops', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    const nav = page.getByRole('navigation', { name: 'Main' })
    await page.setViewportSize({ width: 390, height: 800 })
    await page.goto('/en/projects')
    await expect(nav.getByRole('link', { name: 'Activities' })).toBeHidden()
    await page.getByText('Menu', { exact: true }).click()
    // Open, its toggle says in words that it closes the menu, and marks the page shown.
    await expect(page.getByText('Menu', { exact: true })).toBeHidden()
    await expect(page.getByText('Close menu', { exact: true })).toBeVisible()
    await expect(nav.getByRole('link', { name: 'Projects' })).toHaveAttribute(
      'aria-current',
      'page',
    )
    await nav.getByRole('link', { name: 'Activities' }).click()
    await expect(page).toHaveURL('/en/activities')
    await page.setViewportSize({ width: 1366, height: 800 })
    await expect(page.getByText('Menu', { exact: true })).toBeHidden()
    await expect(nav.getByRole('link', { name: 'Projects' })).toBeVisible()
    await expect(nav.getByRole('link', { name: 'Projects' })).not.toHaveAttribute('aria-current')
    await expect(nav.getByRole('link', { name: 'Activities' })).toHaveAttribute(
      'aria-current',
      'page',
    )
    await context.close()
  })

  test('a 404 page names itself in its title', async ({ page }) => {
    await page.goto('/en/no-such-page')
    await expect(page).toHaveTitle('Page not found · IOM Georgia project portal')
    await page.goto('/ka/no-such-page')
    await expect(page).toHaveTitle('გვერდი ვერ მოიძებნა · IOM საქართველოს პროექტების პორტალი')
  })

  test('the footer closes short pages at the bottom of the window', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 1200 })
    await page.goto('/en/no-such-page')
    const footer = await page.getByRole('contentinfo').boundingBox()
    expect(Math.round((footer?.y ?? 0) + (footer?.height ?? 0))).toBe(1200)
  })

  test('every page ends with the EU disclaimer in both languages', async ({ page }) => {
    await page.goto('/ka/projects')
    const footer = page.getByRole('contentinfo')
    await expect(footer.getByText(/მის შინაარსზე პასუხისმგებელია მხოლოდ/)).toBeVisible()
    await expect(footer.locator('p[lang="en"]')).toContainText(
      'Its contents are the sole responsibility of the International Organization for Migration (IOM)',
    )
  })
})

test('sitemap lists every page with language alternates, robots points to it', async ({
  request,
}) => {
  // /sitemap.xml is an index of files of at most 5,000 URLs; the seed fits in one.
  const index = await (await request.get('/sitemap.xml')).text()
  expect(index).toContain('<sitemapindex')
  expect(index.match(/<sitemap>/g)).toHaveLength(1)
  expect(index).toContain(`<loc>${BASE}/sitemaps/sitemap/0.xml</loc>`)
  const sitemap = await (await request.get('/sitemaps/sitemap/0.xml')).text()
  // Home, projects, all activities; overview, objectives, about this data, activity list; 4 clusters;
  // 24 activities; the updates list and the seed's 2 updates.
  expect(sitemap.match(/<url>/g)).toHaveLength(2 * (3 + 4 + 4 + 24 + 1 + 2))
  expect(sitemap).toContain(`${BASE}/en${PROJECT}/activities/national-census`)
  expect(sitemap).toContain('hreflang="ka"')
  // A file the index does not list, or a second name for one it does: 404, never cached.
  for (const other of ['/sitemaps/sitemap/1.xml', '/sitemaps/sitemap/00.xml']) {
    const missing = await request.get(other)
    expect(missing.status()).toBe(404)
    expect(missing.headers()['cache-control']).toBe('no-store')
  }
  const robots = await (await request.get('/robots.txt')).text()
  expect(robots).toContain(`Sitemap: ${BASE}/sitemap.xml`)
})

test('the overview carries JSON-LD built from the data', async ({ page }) => {
  await page.goto(`/en${PROJECT}`)
  const data = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
  )
  expect(data).toMatchObject({
    '@type': 'Project',
    name: 'Promoting Secure Borders and Safe Migration',
    foundingDate: '2013-12-15',
  })
  expect(data.funder[0].name).toBe('European Union')
})

test('the home page describes the portal, not a project, in its JSON-LD and metadata', async ({
  page,
}) => {
  await page.goto('/en')
  const data = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
  )
  expect(data).toMatchObject({
    '@type': 'WebSite',
    name: 'IOM Georgia project portal',
    url: `${BASE}/en`,
    inLanguage: 'en',
    publisher: { '@type': 'Organization', name: 'International Organization for Migration' },
  })
  await expect(page).toHaveTitle('IOM Georgia project portal')
  await expect(page.locator('meta[name=description]')).toHaveAttribute(
    'content',
    /^What the International Organization for Migration \(IOM\) does in Georgia/,
  )
})
