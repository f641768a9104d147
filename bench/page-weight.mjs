// Page weight per route, from a real Chromium load: bytes transferred (compressed, with headers)
// and decoded sizes, by kind of resource.
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs'
import { chromium } from 'playwright-core'
import { benchPort, startServer, writeResult } from './lib.mjs'

export const ROUTES = [
  '/en',
  '/ka',
  '/en/projects',
  '/ka/projects/secure-borders-safe-migration',
  '/en/projects/secure-borders-safe-migration/objectives',
  '/ka/projects/secure-borders-safe-migration/clusters/migration-data-management',
  '/en/projects/secure-borders-safe-migration/activities/national-census',
  '/en/projects/secure-borders-safe-migration/activities',
  '/ka/activities',
]
export const OVERVIEW_BUDGET_KB = 180
/** chrome-launcher (Lighthouse) starts a visible browser unless told otherwise. */
export const LAUNCHER_ARGS = ['--headless=new', ...CHROMIUM_ARGS]

/**
 * Kind of resource by the Chrome DevTools protocol's resource type (any other type is "other").
 * @type {Partial<Record<string, string>>}
 */
const KINDS = { Document: 'html', Script: 'js', Stylesheet: 'css', Font: 'font', Image: 'image' }

/** @typedef {{ requests: number, transferredBytes: number }} KindTotal */

/**
 * Loads `url` in a fresh context with the cache disabled; bytes transferred by kind of resource.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 */
async function weigh(browser, url) {
  const context = await browser.newContext()
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  /** @type {Map<string, string>} */
  const kinds = new Map()
  /** @type {Record<string, KindTotal>} */
  const totals = {}
  cdp.on('Network.responseReceived', ({ requestId, type }) =>
    kinds.set(requestId, KINDS[type] ?? 'other'),
  )
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const kind = kinds.get(requestId) ?? 'other'
    totals[kind] ??= { requests: 0, transferredBytes: 0 }
    totals[kind].requests += 1
    totals[kind].transferredBytes += encodedDataLength
  })
  await page.goto(url, { waitUntil: 'networkidle' })
  await context.close()
  const transferredBytes = Object.values(totals).reduce(
    (sum, kind) => sum + kind.transferredBytes,
    0,
  )
  return { totals, transferredKb: Number((transferredBytes / 1024).toFixed(1)) }
}

/** @param {{ env?: Record<string, string>, port?: number }} [options] */
export async function run({ env = {}, port = benchPort(3313, 13) } = {}) {
  const server = await startServer(port, env)
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  })
  const results = []
  try {
    for (const route of ROUTES) {
      const weight = await weigh(browser, `${server.url}${route}`)
      results.push({ route, ...weight })
      console.log(`${route}: ${weight.transferredKb} kB`)
    }
  } finally {
    await browser.close()
    server.stop()
  }
  const overview = results.find(
    (result) => result.route === '/ka/projects/secure-borders-safe-migration',
  )
  if (!overview) throw new Error('the overview route was not measured')
  writeResult('page-weight', {
    budgetKb: OVERVIEW_BUDGET_KB,
    overviewWithinBudget: overview.transferredKb < OVERVIEW_BUDGET_KB,
    results,
  })
  return results
}
