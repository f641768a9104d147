// Lighthouse (mobile preset: emulated phone, simulated slow 4G, 4× CPU slowdown) on the overview,
// a cluster page and the activity list, in both languages: all four category scores.
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { CHROMIUM_PATH } from '../scripts/chromium.mjs'
import { LAUNCHER_ARGS } from './page-weight.mjs'
import { benchPort, startServer, writeResult } from './lib.mjs'
import { PAGES } from './throughput.mjs'

/** The same pages as the throughput suite: overview, a cluster page and the activity list. */
export const URLS = PAGES
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo']

/** @param {{ env?: Record<string, string>, port?: number, chromePort?: number }} [options] */
export async function run({
  env = {},
  port = benchPort(3314, 14),
  // 0: chrome-launcher picks a free debugging port.
  chromePort = benchPort(0, 15),
} = {}) {
  const server = await startServer(port, env)
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: LAUNCHER_ARGS,
    port: chromePort,
  })
  const results = []
  try {
    for (const url of URLS) {
      const result = await lighthouse(`${server.url}${url}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES,
      })
      if (!result) throw new Error(`Lighthouse returned no result for ${url}`)
      const { lhr } = result
      const scores = Object.fromEntries(
        CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
      )
      // Why a point was lost: every audit that did not pass, with its score and title.
      const lost = Object.values(lhr.audits)
        .filter(
          (audit) =>
            audit.score !== null &&
            audit.score < 1 &&
            audit.scoreDisplayMode !== 'informative' &&
            audit.scoreDisplayMode !== 'manual',
        )
        .map((audit) => ({
          id: audit.id,
          score: audit.score,
          title: audit.title,
          value: audit.displayValue ?? null,
        }))
      const metrics = Object.fromEntries(
        [
          'first-contentful-paint',
          'largest-contentful-paint',
          'total-blocking-time',
          'cumulative-layout-shift',
          'speed-index',
        ].map((id) => [id, lhr.audits[id]?.displayValue ?? null]),
      )
      results.push({ url, scores, metrics, lost })
      console.log(`${url}: ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join(', ')}`)
    }
  } finally {
    await chrome.kill()
    server.stop()
  }
  writeResult('lighthouse', { preset: 'mobile (Lighthouse default)', lighthouse: '12', results })
  return results
}
