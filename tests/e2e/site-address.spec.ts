import { expect, test, type APIRequestContext } from '@playwright/test'
import { LOCALES, PAGES, PROJECT } from './pages'
import { PUBLIC_SITE_URL } from './servers'

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
/** Addresses only the machine itself reaches: none may appear in what the site publishes. */
const LOCAL_ADDRESS = /https?:\/\/(?:localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[::1\])/

/** The list pages too, which share the portal's or their project's image. */
const SHARED_PAGES = [...PAGES.map((page) => page.path), '/activities', `${PROJECT}/activities`]

/** Fetches an image the page names by its public address, from the server under test. */
async function expectPng(request: APIRequestContext, publicUrl: string) {
  expect(publicUrl.startsWith(`${PUBLIC_SITE_URL}/`)).toBe(true)
  const response = await request.get(new URL(publicUrl).pathname)
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toBe('image/png')
  // Cached like the pages, not next/og's max-age=0.
  expect(response.headers()['cache-control']).toMatch(/s-maxage=\d+/)
  const bytes = await response.body()
  expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE)
  expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630])
}

test.describe('the site’s address and social preview images', () => {
  for (const locale of LOCALES) {
    for (const path of SHARED_PAGES) {
      const url = `/${locale}${path}`
      test(`${url} shares a PNG preview and holds no local address`, async ({ page, request }) => {
        await page.goto(url)
        const meta = (selector: string) => page.locator(selector).getAttribute('content')
        const image = await meta('meta[property="og:image"]')
        expect(image).not.toBeNull()
        // The card asks for the large image, Open Graph's (Next repeats it as twitter:image).
        expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image')
        expect(await meta('meta[name="twitter:image"]')).toBe(image)
        expect(await meta('meta[property="og:image:alt"]')).toMatch(/\S/)
        expect(await meta('meta[property="og:image:type"]')).toBe('image/png')
        expect(await meta('meta[property="og:url"]')).toBe(`${PUBLIC_SITE_URL}${url}`)
        expect(await page.content()).not.toMatch(LOCAL_ADDRESS)
        await expectPng(request, image ?? '')
      })
    }
  }

  test('an image of an unknown address answers 404', async ({ request }) => {
    for (const url of [
      '/en/projects/no-such-project/social-image.png',
      `/ka${PROJECT}/activities/no-such-activity/social-image.png`,
      `/en${PROJECT}/clusters/no-such-cluster/social-image.png`,
    ]) {
      expect((await request.get(url)).status()).toBe(404)
    }
    // Read-only like the pages: the request guard refuses other methods.
    const post = await request.post('/en/social-image.png')
    expect(post.status()).toBe(405)
    // Like a page: read-only (the guard answers before Next).
    expect(post.headers()['allow']).toBe('GET, HEAD')
  })

  test('the sitemap, robots.txt and the CSV hold the public address only', async ({ request }) => {
    for (const url of [
      '/sitemap.xml',
      '/sitemaps/sitemap/0.xml',
      '/robots.txt',
      `/en${PROJECT}/activities.csv?lang=both`,
    ]) {
      const body = await (await request.get(url)).text()
      expect(body).toContain(PUBLIC_SITE_URL)
      expect(body).not.toMatch(LOCAL_ADDRESS)
    }
  })
})
