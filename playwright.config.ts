import { defineConfig } from '@playwright/test'
import {
  CONTENT_LAKE,
  E2E_DATASET,
  EMBEDDED_METRICS,
  E2E_READ_TOKEN,
  E2E_WEBHOOK_SECRET,
  EMBEDDED_APP,
  PUBLIC_SITE_URL,
  SANITY_APP,
} from './tests/e2e/servers'
import { browserTestDefaults } from './tests/support/playwright'

const port = (url: string) => new URL(url).port

/**
 * End-to-end tests run production builds (`next build` + `server.mjs`, as `npm start`) in Debian’s Chromium:
 * the portal on the embedded dataset (a copy the tests may edit), and a second build reading from
 * a local stand-in of Sanity's Content Lake, which the tests can make fail. The cluster tests
 * (tests/e2e/cluster.spec.ts) start Redis, two instances of the first build and Varnish themselves,
 * on ports after E2E_PORT_BASE + 10, and stop them when they are done.
 */
export default defineConfig({
  ...browserTestDefaults,
  testDir: './tests/e2e',
  use: { ...browserTestDefaults.use, baseURL: EMBEDDED_APP },
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
        NEXT_PUBLIC_SITE_URL: PUBLIC_SITE_URL,
        METRICS_PORT: port(EMBEDDED_METRICS),
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
