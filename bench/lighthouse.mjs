// Lighthouse (mobile preset: emulated phone, simulated slow 4G, 4× CPU slowdown) on the overview,
// a cluster page and the activity list, in both languages: all four category scores.
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { CHROMIUM_PATH } from '../scripts/chromium.mjs'
import { LAUNCHER_ARGS } from './page-weight.mjs'
import { benchPort, startServer, writeResult } from './lib.mjs'
import { writePhotoDataset } from './photo-dataset.mjs'
import { PAGES } from './throughput.mjs'

/** The same pages as the throughput suite: overview, a cluster page and the activity list. */
export const URLS = PAGES
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo']

/** The page whose hero photo is compared: the overview, with the project's main image and without. */
export const PHOTO_URL = '/en/projects/secure-borders-safe-migration'
/** How many points a hero photo may cost the overview's mobile performance score (issue 21). */
export const PHOTO_BUDGET_POINTS = 5

/** @param {{ env?: Record<string, string>, port?: number, chromePort?: number }} [options] */
export async function run({
  env = {},
  port = benchPort(3314, 14),
  // 0: chrome-launcher picks a free debugging port.
  chromePort = benchPort(0, 15),
} = {}) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: LAUNCHER_ARGS,
    port: chromePort,
  })
  const results = []
  try {
    const seed = await startServer(port, env)
    try {
      for (const url of URLS) results.push(await audit(chrome.port, seed.url, url))
    } finally {
      seed.stop()
    }
    // The same build on the seed with a hero photo on the project (bench/photo-dataset.mjs).
    const withPhoto = await startServer(port, {
      ...env,
      CONTENT_DATASET_PATH: await writePhotoDataset(),
    })
    try {
      results.push({ ...(await audit(chrome.port, withPhoto.url, PHOTO_URL)), photo: true })
    } finally {
      withPhoto.stop()
    }
  } finally {
    await chrome.kill()
  }
  writeResult('lighthouse', { preset: 'mobile (Lighthouse default)', lighthouse: '12', results })
  return results
}

/**
 * One Lighthouse run: the four scores, the key metrics, and every audit that lost points.
 * @param {number} chromePort @param {string} base @param {string} url
 */
async function audit(chromePort, base, url) {
  const result = await lighthouse(`${base}${url}`, {
    port: chromePort,
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
  console.log(`${url}: ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join(', ')}`)
  return { url, scores, metrics, lost, photo: false }
}
