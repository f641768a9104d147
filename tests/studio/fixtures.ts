import { test as base, expect, type Page } from '@playwright/test'
import { STUDIO_HARNESS } from '../e2e/servers'

export { expect }

/**
 * Errors the offline Studio may log without anything being wrong: its checks for a newer Sanity
 * version and its telemetry reach the internet, which the tests refuse (below).
 */
const OFFLINE_ERRORS = /Failed to fetch/

/**
 * A page that can reach the harness on 127.0.0.1 and nothing else (requests and WebSockets to other
 * hosts are refused), and that fails the test on any uncaught error in the Studio.
 */
export const test = base.extend<{ page: Page }>({
  page: async ({ page }, run) => {
    const errors: string[] = []
    page.on('pageerror', (error) => {
      if (!OFFLINE_ERRORS.test(error.message)) errors.push(error.stack ?? error.message)
    })
    await page.route(/^(?!http:\/\/127\.0\.0\.1[:/])/, (route) => route.abort())
    // Image previews: the Studio asks Sanity's CDN for what was uploaded; the harness holds it.
    await page.route(/^https:\/\/cdn\.sanity\.io\//, async (route) => {
      const { pathname } = new URL(route.request().url())
      const response = await route.fetch({ url: `${STUDIO_HARNESS}/__harness/cdn${pathname}` })
      await route.fulfill({ response })
    })
    await page.routeWebSocket(/.*/, (socket) => socket.close())
    await run(page)
    // A preview still being fetched when the test ends would fail it as the page closes ("Fetch
    // response has been disposed"): the test is over, its late requests need no answer.
    await page.unrouteAll({ behavior: 'ignoreErrors' })
    expect(errors, 'uncaught errors in the Studio').toEqual([])
  },
})

/** Opens a Studio path (e.g. `structure/activity;activity.national-census`) on a dataset. */
export async function openStudio(page: Page, path: string, dataset = 'seed') {
  await page.goto(`/studio/${path}?dataset=${dataset}`)
}

/** A document as the in-memory Content Lake holds it now (drafts have the id `drafts.<id>`). */
export function lakeDocument(page: Page, id: string) {
  return page.evaluate((documentId) => window.harness.client.lake.get(documentId), id)
}
