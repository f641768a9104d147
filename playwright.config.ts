import { defineConfig, devices } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs'
import {
  CONTENT_LAKE,
  E2E_DATASET,
  E2E_READ_TOKEN,
  E2E_WEBHOOK_SECRET,
  EMBEDDED_APP,
  SANITY_APP,
} from './tests/e2e/servers'

const port = (url: string) => new URL(url).port

/**
 * End-to-end tests run production builds (`next build` + `server.mjs`, as `npm start`) in Debian’s Chromium:
 * the portal on the embedded dataset (a copy the tests may edit), and a second build reading from
 * a local stand-in of Sanity's Content Lake, which the tests can make fail. The cluster tests
 * (tests/e2e/cluster.spec.ts) start Redis, two instances of the first build and Varnish themselves,
 * on ports after E2E_PORT_BASE + 10, and stop them when they are done.
 */
export default defineConfig({
  testDir: './tests/e2e',
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
    baseURL: EMBEDDED_APP,
    trace: 'off',
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  webServer: [
    {
      command: `mkdir -p .e2e && cp sanity/seed/production.ndjson ${E2E_DATASET} && npm run build && npm run start -- -p ${port(EMBEDDED_APP)} -H 127.0.0.1`,
      url: `${EMBEDDED_APP}/en`,
      timeout: 600_000,
      reuseExistingServer: !process.env.CI,
      env: {
        NEXT_TELEMETRY_DISABLED: '1',
        CONTENT_DATASET_PATH: E2E_DATASET,
        SANITY_REVALIDATE_SECRET: E2E_WEBHOOK_SECRET,
      },
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `npx tsx tests/support/content-lake-cli.ts ${port(CONTENT_LAKE)}`,
      port: Number(port(CONTENT_LAKE)),
      timeout: 60_000,
      reuseExistingServer: !process.env.CI,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `npm run build && node server.mjs -p ${port(SANITY_APP)} -H 127.0.0.1`,
      url: `${SANITY_APP}/en`,
      timeout: 600_000,
      reuseExistingServer: !process.env.CI,
      env: {
        NEXT_TELEMETRY_DISABLED: '1',
        NEXT_DIST_DIR: '.next-sanity',
        NEXT_PUBLIC_SANITY_PROJECT_ID: 'e2etest',
        NEXT_PUBLIC_SANITY_DATASET: 'production',
        SANITY_API_HOST: CONTENT_LAKE,
        SANITY_TIMEOUT_MS: '1500',
        SANITY_API_READ_TOKEN: E2E_READ_TOKEN,
        SANITY_REVALIDATE_SECRET: E2E_WEBHOOK_SECRET,
      },
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
})
