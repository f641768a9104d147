/** The servers the E2E run starts (see playwright.config.ts). */
export const EMBEDDED_APP = 'http://127.0.0.1:3100'
export const SANITY_APP = 'http://127.0.0.1:3101'
export const CONTENT_LAKE = 'http://127.0.0.1:3199'
/** The embedded app reads this copy of the seed, which the revalidation tests edit. */
export const E2E_DATASET = '.e2e/dataset.ndjson'
/** Test-only webhook secret (distinctive, so a leak into client bundles would be found). */
export const E2E_WEBHOOK_SECRET = 'e2e-webhook-secret-7f3a9c2d1b'
/** Test-only Sanity read token, likewise distinctive. */
export const E2E_READ_TOKEN = 'e2e-read-token-5c1e8a4b2f9d7e3a'
