import { defineConfig } from '@playwright/test'
import { STUDIO_HARNESS } from './tests/e2e/servers'
import { browserTestDefaults } from './tests/support/playwright'

/**
 * The real Studio (sanity.config.ts) in Debian's Chromium, offline: tests/studio/server.ts bundles
 * it with esbuild (a few seconds, no Next build) on an in-memory Content Lake, and the tests edit
 * documents the way editors do. Nothing leaves 127.0.0.1 (see tests/studio/fixtures.ts).
 */
export default defineConfig({
  ...browserTestDefaults,
  testDir: './tests/studio',
  use: {
    ...browserTestDefaults.use,
    baseURL: STUDIO_HARNESS,
    viewport: { width: 1400, height: 900 },
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
