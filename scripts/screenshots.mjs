// `npm run screenshots`: full-page screenshots of the key pages at phone, tablet and desktop widths
// in both languages, written to docs/screenshots/<locale>-<page>-<width>.png.
//
// Uses a running portal when SCREENSHOTS_URL is set (e.g. http://127.0.0.1:3000); otherwise starts
// `next start` on SCREENSHOTS_PORT (default 3330) from the existing production build, building it
// first if there is none.
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs'
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { chromium } from 'playwright-core'

const ROOT = path.resolve(import.meta.dirname, '..')
const OUT = path.resolve(ROOT, process.env.SCREENSHOTS_DIR ?? 'docs/screenshots')
const WIDTHS = (process.env.SCREENSHOTS_WIDTHS ?? '390,768,1366').split(',').map(Number)
const PROJECT = '/projects/secure-borders-safe-migration'

/** The pages a visitor and a donor look at first: one of each kind. */
const PAGES = {
  home: '',
  projects: '/projects',
  overview: PROJECT,
  objectives: `${PROJECT}/objectives`,
  'about-data': `${PROJECT}/about-data`,
  cluster: `${PROJECT}/clusters/migration-data-management`,
  activity: `${PROJECT}/activities/border-police-hr-policy`,
  'activity-results': `${PROJECT}/activities/support-to-mobility-centre`,
  list: `${PROJECT}/activities`,
  'list-filtered': `${PROJECT}/activities?cluster=integrated-border-management&q=border`,
  'not-found': '/no-such-page',
}
/** SCREENSHOTS_PAGES=home,list takes only those; SCREENSHOTS_LOCALES=ka only Georgian. */
const ONLY = process.env.SCREENSHOTS_PAGES?.split(',')
const LOCALES = (process.env.SCREENSHOTS_LOCALES ?? 'ka,en').split(',')
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }

/** @param {string} url */
async function waitFor(url) {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${url}/en`)).ok) return
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`${url} did not answer`)
}

async function portal() {
  if (process.env.SCREENSHOTS_URL) return { url: process.env.SCREENSHOTS_URL, stop() {} }
  const distDir = process.env.NEXT_DIST_DIR ?? '.next'
  if (!existsSync(path.join(ROOT, distDir, 'BUILD_ID'))) {
    const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, env, stdio: 'inherit' })
    if (build.status !== 0) throw new Error('build failed')
  }
  const port = process.env.SCREENSHOTS_PORT ?? '3330'
  const child = spawn('node', ['server.mjs', '-p', port, '-H', '127.0.0.1'], {
    cwd: ROOT,
    env,
    stdio: 'ignore',
    detached: true,
  })
  const url = `http://127.0.0.1:${port}`
  await waitFor(url)
  return {
    url,
    stop: () => {
      if (child.pid) process.kill(-child.pid, 'SIGTERM')
    },
  }
}

const server = await portal()
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
})
mkdirSync(OUT, { recursive: true })
try {
  for (const locale of LOCALES) {
    for (const [name, page] of Object.entries(PAGES)) {
      if (ONLY && !ONLY.includes(name)) continue
      for (const width of WIDTHS) {
        const context = await browser.newContext({ viewport: { width, height: 900 } })
        const tab = await context.newPage()
        await tab.goto(`${server.url}/${locale}${page}`, { waitUntil: 'networkidle' })
        const file = path.join(OUT, `${locale}-${name}-${width}.png`)
        await tab.screenshot({ path: file, fullPage: true })
        console.log(path.relative(ROOT, file))
        await context.close()
      }
    }
  }
} finally {
  await browser.close()
  server.stop()
}
