import { expect, test, type APIRequestContext } from '@playwright/test'
import { PROJECT } from './pages'
import { EMBEDDED_APP, EMBEDDED_METRICS } from './servers'

/**
 * The instance's metrics (docs/operations.md, "Metrics"): Prometheus text on a listener of their
 * own, on loopback (METRICS_PORT, set for the embedded app in playwright.config.ts); the public
 * port, which a proxy forwards, never answers for them.
 */
const METRICS = `${EMBEDDED_METRICS}/metrics`

/** The value of one sample (`name{labels} value`), 0 when the family has none yet. */
function sample(exposition: string, name: string, labels = '') {
  const line = exposition
    .split('\n')
    .find((l) => l.startsWith(`${name}${labels ? `{${labels}}` : ''} `))
  return line ? Number(line.split(' ').at(-1)) : 0
}

const scrape = async (request: APIRequestContext) => {
  const response = await request.get(METRICS)
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toContain('text/plain; version=0.0.4')
  return response.text()
}

test('the public port answers 404 on the metrics path', async ({ request }) => {
  for (const path of ['/metrics', '/metrics?format=prometheus', '/api/metrics']) {
    const response = await request.get(`${EMBEDDED_APP}${path}`)
    expect(response.status(), path).toBe(404)
    expect(await response.text(), path).not.toContain('# TYPE')
  }
})

test('the metrics port serves the counters, and they move with renders and responses', async ({
  request,
}) => {
  expect(new URL(EMBEDDED_METRICS).port).not.toBe(new URL(EMBEDDED_APP).port)
  const before = await scrape(request)
  expect(before).toContain('# TYPE portal_render_refusals_total counter')
  expect(before).toContain('# TYPE portal_render_duration_seconds histogram')
  expect(sample(before, 'process_resident_memory_bytes')).toBeGreaterThan(0)

  // A search is a render: it takes a slot, and its time is recorded.
  const search = `/en${PROJECT}/activities?q=metrics${Date.now()}`
  expect((await request.get(`${EMBEDDED_APP}${search}`)).status()).toBe(200)
  const after = await scrape(request)
  expect(sample(after, 'portal_render_admitted_total')).toBeGreaterThan(
    sample(before, 'portal_render_admitted_total'),
  )
  expect(sample(after, 'portal_render_duration_seconds_count')).toBeGreaterThan(
    sample(before, 'portal_render_duration_seconds_count'),
  )
  const responses = (text: string) =>
    text
      .split('\n')
      .filter((line) => line.startsWith('portal_responses_total{'))
      .reduce((total, line) => total + Number(line.split(' ').at(-1)), 0)
  expect(responses(after)).toBeGreaterThan(responses(before))
})
