import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs'
import { defineConfig, devices } from '@playwright/test'
import { STUDIO_HARNESS } from './tests/e2e/servers'

/**
 * The real Studio (sanity.config.ts) in Debian's Chromium, offline: tests/studio/server.ts bundles
 * it with esbuild (a few seconds, no Next build) on an in-memory Content Lake, and the tests edit
 * documents the way editors do. Nothing leaves 127.0.0.1 (see tests/studio/fixtures.ts).
 */
export default defineConfig({
  testDir: './tests/studio',
  fullyParallel: false,
  // One Studio at a time: a Studio page keeps a core busy, and CI machines have two.
  workers: 1,
  forbidOnly: true,
  retries: 0,
  reporter: [['list']],
  // Generous on purpose: a Studio page boots in seconds on a quiet machine, several times that on a
  // two-core machine busy with other work. These limits bound hangs; they are not speed checks.
  timeout: 120_000,
  expect: { timeout: 30_000 },
  use: {
    baseURL: STUDIO_HARNESS,
    trace: 'off',
    ...devices['Desktop Chrome'],
    viewport: { width: 1400, height: 900 },
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: `npx tsx tests/studio/server.ts ${new URL(STUDIO_HARNESS).port}`,
    url: `${STUDIO_HARNESS}/__harness/dataset/seed.json`,
    timeout: 120_000,
    reuseExistingServer: !process.env.CI,
    stdout: 'ignore',
    stderr: 'pipe',
  },
})
