/**
 * The servers the E2E run starts (see playwright.config.ts). `E2E_PORT_BASE` (default 3100) moves
 * all of them, so that two checkouts can run their suites on one machine at the same time.
 */
const base = Number(process.env.E2E_PORT_BASE ?? 3100)
const local = (port: number) => `http://127.0.0.1:${port}`

export const EMBEDDED_APP = local(base)
/**
 * The public address the embedded app is built with (NEXT_PUBLIC_SITE_URL): its pages, sitemap and
 * exports must hold it, and never the local address the tests reach it at.
 */
export const PUBLIC_SITE_URL = 'https://projects.example.org'
export const SANITY_APP = local(base + 1)
/**
 * The embedded app's metrics listener (METRICS_PORT, loopback only): a port of its own, which the
 * public port must never answer for.
 */
export const EMBEDDED_METRICS = local(base + 30)
export const CONTENT_LAKE = local(base + 99)
/** The cluster tests' proxy; its instances take the next two ports and its Redis the third. */
export const CLUSTER_PORT = base + 10
/** The cluster's instances read this copy of the seed, which the cluster tests edit. */
export const CLUSTER_DATASET = '.e2e/cluster-dataset.ndjson'
/** The photos tests' own instance of the embedded build, reading an export archive. */
export const PHOTOS_PORT = base + 20
/** The offline Studio harness of the browser tests of the Studio (playwright.studio.config.ts). */
export const STUDIO_HARNESS = local(base + 50)
/** The embedded app reads this copy of the seed, which the revalidation tests edit. */
export const E2E_DATASET = '.e2e/dataset.ndjson'
/** Test-only webhook secret (distinctive, so a leak into client bundles would be found). */
export const E2E_WEBHOOK_SECRET = 'e2e-webhook-secret-7f3a9c2d1b'
/** Test-only Sanity read token, likewise distinctive. */
export const E2E_READ_TOKEN = 'e2e-read-token-5c1e8a4b2f9d7e3a'
