import { copyFileSync, readFileSync, writeFileSync } from 'node:fs'
import { expect, test, type APIRequestContext } from '@playwright/test'
import { redisCommand } from '../../scripts/cluster/redis'
import { startCluster, type Cluster } from '../../scripts/cluster/start'
import { NATIONAL_CENSUS_CHANGE } from '../support/webhook'
import { PROJECT } from './pages'
import { CLUSTER_DATASET, CLUSTER_PORT, E2E_WEBHOOK_SECRET } from './servers'
import { sendWebhook } from './webhook'

/**
 * The scale-out deployment (`npm run cluster`): Varnish in front of two instances of the
 * production build that `npm run build` made for the other tests, sharing a Redis. The instances
 * read their own copy of the seed, which these tests edit.
 */
const ACTIVITY = `/en${PROJECT}/activities/national-census`
const FILTERED = `/en${PROJECT}/activities?cluster=integrated-border-management`

let cluster: Cluster

// Each test starts or stops servers and waits for pages to refresh on every instance: generous
// limits, because on a busy two-core machine that takes several times as long as on a quiet one.
test.describe.configure({ mode: 'serial', timeout: 240_000 })

test.beforeAll(async () => {
  copyFileSync('sanity/seed/production.ndjson', CLUSTER_DATASET)
  cluster = await startCluster({
    port: CLUSTER_PORT,
    env: { CONTENT_DATASET_PATH: CLUSTER_DATASET, SANITY_REVALIDATE_SECRET: E2E_WEBHOOK_SECRET },
  })
})

test.afterAll(async () => {
  await cluster?.stop()
})

function retitle(title: string) {
  const text = readFileSync(CLUSTER_DATASET, 'utf8').replace(
    /("_id": ?"activity\.national-census".*?"en": ?")[^"]*(")/,
    `$1${title}$2`,
  )
  writeFileSync(CLUSTER_DATASET, text)
}

async function get(request: APIRequestContext, url: string, headers: Record<string, string> = {}) {
  const response = await request.get(url, { headers, maxRedirects: 0 })
  return {
    status: response.status(),
    cache: response.headers()['x-cache'],
    body: await response.text(),
  }
}

/** Every address a visitor's page can come from: the proxy and each instance directly. */
const everywhere = () => [cluster.proxyUrl, ...cluster.instanceUrls]

async function expectEverywhere(request: APIRequestContext, path: string, text: string) {
  for (const base of everywhere()) {
    await expect
      .poll(async () => (await get(request, `${base}${path}`)).body, {
        timeout: 30_000,
        intervals: [100, 250, 500],
        message: `${base}${path} shows "${text}"`,
      })
      .toContain(text)
  }
}

test('a webhook sent through the proxy refreshes the page on both instances and through the proxy', async ({
  request,
}) => {
  for (const base of everywhere())
    expect((await get(request, `${base}${ACTIVITY}`)).status).toBe(200)
  // The proxy holds the page: without the purge it would keep serving the old one.
  expect((await get(request, `${cluster.proxyUrl}${ACTIVITY}`)).cache).toBe('HIT')

  retitle('National census (cluster)')
  const response = await sendWebhook(request, cluster.proxyUrl, NATIONAL_CENSUS_CHANGE)
  expect(response.status()).toBe(200)
  expect(await response.json()).toMatchObject({ purged: 1 })
  await expectEverywhere(request, ACTIVITY, 'National census (cluster)')
  // The cluster page lists the activity too, and shares the webhook's tags.
  await expectEverywhere(
    request,
    `/en${PROJECT}/clusters/migration-data-management`,
    'National census (cluster)',
  )
})

test('each instance has its own metrics on loopback, and the proxy does not expose them', async ({
  request,
}) => {
  for (const url of cluster.metricsUrls) {
    const response = await request.get(url)
    expect(response.status(), url).toBe(200)
    expect(await response.text(), url).toContain('# TYPE portal_render_slots_in_use gauge')
  }
  const throughProxy = await request.get(`${cluster.proxyUrl}/metrics`)
  expect(throughProxy.status()).toBe(404)
  expect(await throughProxy.text()).not.toContain('# TYPE')
})

test('a webhook to one instance empties the other’s front cache: a filtered list is fresh at once', async ({
  request,
}) => {
  const list = `/en${PROJECT}/activities?cluster=migration-data-management`
  for (const base of cluster.instanceUrls) {
    await get(request, `${base}${list}`)
    const again = await request.get(`${base}${list}`)
    expect(again.headers()['x-front-cache'], base).toBe('hit')
  }
  retitle('National census (front cache)')
  const response = await sendWebhook(request, cluster.instanceUrls[0]!, NATIONAL_CENSUS_CHANGE)
  expect(response.status()).toBe(200)
  // The other instance first: it heard of the expiry only through Redis. No polling: the first
  // request after the webhook's answer must be fresh.
  for (const base of [...cluster.instanceUrls].reverse()) {
    expect((await get(request, `${base}${list}`)).body, base).toContain(
      'National census (front cache)',
    )
  }
})

test('the proxy caches pages and filtered lists, never RSC or draft-mode requests', async ({
  request,
}) => {
  const proxy = cluster.proxyUrl
  await get(request, `${proxy}${FILTERED}`)
  expect((await get(request, `${proxy}${FILTERED}`)).cache).toBe('HIT')
  // Parameter order does not make a second copy.
  await get(request, `${proxy}${FILTERED}&status=completed`)
  expect(
    (
      await get(
        request,
        `${proxy}/en${PROJECT}/activities?status=completed&cluster=integrated-border-management`,
      )
    ).cache,
  ).toBe('HIT')

  for (let i = 0; i < 2; i++) {
    expect((await get(request, `${proxy}${ACTIVITY}`, { RSC: '1' })).cache).toBe('MISS')
    expect(
      (await get(request, `${proxy}${ACTIVITY}`, { cookie: '__prerender_bypass=x' })).cache,
    ).toBe('MISS')
    // `/` picks the language per visitor.
    expect((await get(request, `${proxy}/`, { 'accept-language': 'en' })).cache).toBe('MISS')
  }
  // Anyone may read, but only the instances' addresses may purge: here everything is loopback.
  expect((await request.fetch(`${proxy}/`, { method: 'BAN' })).status()).toBe(200)
})

test('the proxy keeps one object per page: junk parameters and cache-busted build files hit it', async ({
  request,
}) => {
  const proxy = cluster.proxyUrl
  const junk = () => `utm_source=${Math.random().toString(36).slice(2)}`
  await get(request, `${proxy}/en`)
  for (let i = 0; i < 3; i++) {
    const page = await get(request, `${proxy}/en?${junk()}`)
    expect(page.status).toBe(200)
    expect(page.cache).toBe('HIT')
  }
  // A filtered list keeps its filters, and loses only what the app does not read.
  await get(request, `${proxy}${FILTERED}`)
  expect((await get(request, `${proxy}${FILTERED}&${junk()}&fbclid=x`)).cache).toBe('HIT')
  const filtered = await get(request, `${proxy}${FILTERED}&${junk()}`)
  expect(filtered.body).toContain('integrated-border-management')
  // Build files are named by their content: a query string never makes a second copy.
  const file = /(?:src|href)="(\/_next\/static\/[^"?]+)"/.exec(
    (await get(request, `${proxy}/en`)).body,
  )?.[1]
  expect(file).toBeDefined()
  await get(request, `${proxy}${file}`)
  for (let i = 0; i < 3; i++) {
    const asset = await get(request, `${proxy}${file}?v=${Math.random()}`)
    expect(asset.status).toBe(200)
    expect(asset.cache).toBe('HIT')
  }
})

test('with one instance stopped, the proxy keeps serving; with both, it serves its copies', async ({
  request,
}) => {
  const pages = [ACTIVITY, `/ka${PROJECT}`, `/en${PROJECT}/objectives`, FILTERED]
  for (const path of pages) await get(request, `${cluster.proxyUrl}${path}`)
  await cluster.stopInstance(0)
  // Pages it held, pages it did not (after a purge), and per-request lists all still answer.
  await request.fetch(`${cluster.proxyUrl}/`, { method: 'BAN' })
  for (let round = 0; round < 3; round++) {
    for (const path of [...pages, `/en${PROJECT}/activities?status=ongoing`]) {
      expect((await get(request, `${cluster.proxyUrl}${path}`)).status, path).toBe(200)
    }
  }
  // With no instance at all, the proxy still has its copies.
  await cluster.stopInstance(1)
  for (const path of pages) {
    const page = await get(request, `${cluster.proxyUrl}${path}`)
    expect([page.status, page.cache], path).toEqual([200, 'HIT'])
  }
  await Promise.all([cluster.startInstance(0), cluster.startInstance(1)])
  // Back in the proxy's rotation once its health probe sees them: the webhook route answers a GET
  // itself (405), and the proxy answers 503 while no instance is in rotation.
  await expect
    .poll(async () => (await get(request, `${cluster.proxyUrl}/api/revalidate`)).status, {
      timeout: 60_000,
    })
    .toBe(405)
})

test('with Redis stopped, pages keep serving, and a webhook after it returns still works', async ({
  request,
}) => {
  const redisPort = Number(new URL(cluster.redisUrl).port)
  await cluster.stopRedis()
  // Straight to the instances, past the proxy: pages they had and pages they render now.
  for (const base of everywhere()) {
    for (const path of [
      ACTIVITY,
      `/ka${PROJECT}/objectives`,
      `/en${PROJECT}/activities?status=planned`,
    ]) {
      expect((await get(request, `${base}${path}`)).status, `${base}${path}`).toBe(200)
    }
  }

  await cluster.startRedis()
  // An instance may reconnect and write before this line runs (how soon depends on the machine):
  // start from an empty Redis, then the instances must fill it again.
  expect(await redisCommand(redisPort, 'FLUSHALL')).toBe('+OK')
  // The instances reconnect within about a second and write to Redis again.
  await expect
    .poll(
      async () => {
        for (const base of cluster.instanceUrls) await get(request, `${base}/en${PROJECT}`)
        return redisCommand(redisPort, 'DBSIZE')
      },
      { timeout: 60_000, intervals: [500, 1000] },
    )
    .not.toBe(':0')

  retitle('National census (after Redis)')
  const response = await sendWebhook(request, cluster.proxyUrl, NATIONAL_CENSUS_CHANGE)
  expect(response.status()).toBe(200)
  await expectEverywhere(request, ACTIVITY, 'National census (after Redis)')
})
