import { devices, type PlaywrightTestConfig } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs'

/**
 * What both Playwright configs (the portal's end-to-end tests, the Studio's) share: one test at a
 * time (a production server or a Studio page keeps a core busy, and CI machines have two), no
 * retries, in Debian's Chromium on a desktop viewport.
 */
export const browserTestDefaults = {
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  reporter: [['list']],
  // Generous on purpose: a limit that holds on a quiet machine (the defaults are 30 s per test and
  // 5 s per expect) fails on a two-core machine busy with other work. They bound hangs; speed is
  // measured by the benchmarks (bench/), not by these tests.
  timeout: 120_000,
  expect: { timeout: 30_000 },
  use: {
    trace: 'off',
    ...devices['Desktop Chrome'],
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
} satisfies PlaywrightTestConfig
