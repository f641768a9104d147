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
  timeout: 60_000,
  use: {
    trace: 'off',
    ...devices['Desktop Chrome'],
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
} satisfies PlaywrightTestConfig
