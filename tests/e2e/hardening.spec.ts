import { execFileSync } from 'node:child_process'
import { readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import autocannon from 'autocannon'
import { NATIONAL_CENSUS_CHANGE, signedHeaders } from '../support/webhook'
import { LOCALES, PAGES, PROJECT } from './pages'
import { E2E_READ_TOKEN, E2E_WEBHOOK_SECRET, EMBEDDED_APP } from './servers'

const PUBLIC_PATHS = [
  ...LOCALES.flatMap((locale) => PAGES.map(({ path: page }) => `/${locale}${page}`)),
  `/en${PROJECT}/activities`,
  `/en${PROJECT}/activities?cluster=migration-data-management`,
  '/ka/activities',
  '/en/no-such-page',
]

test.describe('security headers', () => {
  for (const url of PUBLIC_PATHS) {
    test(`${url} sends a strict policy`, async ({ request }) => {
      const headers = (await request.get(url)).headers()
      const csp = headers['content-security-policy'] ?? ''
      for (const directive of [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'self'",
      ]) {
        expect(csp).toContain(directive)
      }
      expect(csp).not.toContain('unsafe-eval')
      expect(csp).not.toMatch(/https?:\/\//)
      expect(headers['strict-transport-security']).toMatch(/max-age=\d{7,}/)
      expect(headers['x-content-type-options']).toBe('nosniff')
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
      expect(headers['permissions-policy']).toContain('camera=()')
    })
  }

  test('the Studio has its own policy that reaches Sanity', async ({ request }) => {
    const csp = (await request.get('/studio')).headers()['content-security-policy'] ?? ''
    expect(csp).toContain('connect-src')
    expect(csp).toContain('https://*.sanity.io')
    expect(csp).toContain("object-src 'none'")
  })
})

test('no secret reaches the browser bundles', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name)
      return statSync(full).isDirectory() ? files(full) : [full]
    })
  const bundles = ['.next/static', '.next-sanity/static'].flatMap(files)
  const contents = bundles.map((file) => readFileSync(file, 'latin1'))
  expect(bundles.length).toBeGreaterThan(10)
  // The scan sees what it should: a public value (inlined for the Studio) is found.
  expect(contents.some((text) => text.includes('e2etest'))).toBe(true)
  for (const secret of [E2E_WEBHOOK_SECRET, E2E_READ_TOKEN]) {
    expect(contents.filter((text) => text.includes(secret))).toHaveLength(0)
  }
})

test.describe('bad input never causes a server error', () => {
  const long = 'a'.repeat(3000)
  type Case = {
    method?: string
    url: string
    allowed: number[]
    headers?: Record<string, string>
    data?: string
  }
  const cases: Case[] = [
    { url: '/fr', allowed: [404] },
    { url: '/zh-Hant/projects', allowed: [404] },
    { url: '/en/projects/%E1%83%A1%E1%83%90%E1%83%96', allowed: [404] },
    { url: `/en/projects/${long}`, allowed: [404] },
    { url: `/en${PROJECT}/activities/${long}`, allowed: [404] },
    { url: '/en/projects/..%2F..%2Fetc%2Fpasswd', allowed: [404] },
    { url: '/en/%2e%2e/%2e%2e/package.json', allowed: [404] },
    { url: '/_next/static/..%2F..%2Fpackage.json', allowed: [404] },
    { url: '/en/%00', allowed: [404] },
    { url: '/api/iati/%00', allowed: [404] },
    { url: '/api/iati/no-such-project', allowed: [404] },
    { url: `/en${PROJECT}/activities?${'cluster=x&'.repeat(500)}`, allowed: [200] },
    { url: `/en${PROJECT}/activities?q=${'ა'.repeat(2000)}`, allowed: [200, 414, 431] },
    { url: `/en${PROJECT}/activities?q=${'ა'.repeat(200)}`, allowed: [200] },
    { url: `/en${PROJECT}/activities?sort=%00&status=%ff&org[]=x`, allowed: [200] },
    { url: `/en${PROJECT}/activities.csv?lang=zz&cluster=%3Cscript%3E`, allowed: [200] },
    { url: '/en/activities.csv?q=%E0%A4%A', allowed: [200, 400] },
    { method: 'HEAD', url: '/en', allowed: [200] },
    { method: 'OPTIONS', url: '/en', allowed: [400] },
    { method: 'GET', url: '/api/revalidate', allowed: [405] },
    { method: 'DELETE', url: '/api/revalidate', allowed: [405] },
    { method: 'GET', url: '/api/draft-mode/disable', allowed: [405] },
    { method: 'POST', url: '/en/activities.csv', allowed: [405] },
    // Pages are read-only: anything that carries a body or comes from a browser gets 405.
    { method: 'POST', url: '/en', allowed: [405] },
    { method: 'POST', url: '/', allowed: [405] },
    { method: 'POST', url: '/en/no-such-page', allowed: [405] },
    {
      method: 'POST',
      url: `/ka${PROJECT}`,
      allowed: [405],
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      data: 'title=x',
    },
    { method: 'PUT', url: `/en${PROJECT}/activities`, allowed: [405], data: '{"a":1}' },
    { method: 'PATCH', url: '/ka', allowed: [405], headers: { 'content-type': 'text/plain' } },
    { method: 'DELETE', url: '/en', allowed: [405], headers: { origin: 'https://example.org' } },
    {
      method: 'OPTIONS',
      url: '/en',
      allowed: [405],
      headers: { origin: 'https://example.org', 'access-control-request-method': 'POST' },
    },
    // Pretends to call a server action; the portal has none.
    { method: 'POST', url: '/en', allowed: [405], headers: { 'next-action': 'abc123' } },
  ]
  for (const { method = 'GET', url, allowed, headers = {}, data } of cases) {
    test(`${method} ${url.slice(0, 70)} ${Object.keys(headers).join(' ')} → ${allowed.join('/')}`, async ({
      request,
    }) => {
      const response = await request.fetch(url, { method, maxRedirects: 0, headers, data })
      expect(allowed).toContain(response.status())
      if (response.status() === 405) {
        // RFC 9110: a 405 names the methods the resource does serve.
        const allow = response.headers()['allow']?.split(', ')
        expect(allow?.length).toBeGreaterThan(0)
        expect(allow).not.toContain(method)
      }
    })
  }
})

test('webhook fuzz: hundreds of random requests, no 5xx and no revalidation', async ({
  request,
}) => {
  // Header values must be printable ASCII to be sent at all; bodies may be any Unicode.
  const ascii = (n: number) =>
    Array.from({ length: n }, () => String.fromCharCode(33 + Math.floor(Math.random() * 94))).join(
      '',
    )
  const random = (n: number) =>
    Array.from({ length: n }, () =>
      String.fromCharCode(32 + Math.floor(Math.random() * 0x2fff)),
    ).join('')
  const page = `${EMBEDDED_APP}/en${PROJECT}/activities/national-census`
  const generatedAt = async () =>
    (await (await request.get(page)).text()).match(/name="generated-at" content="([^"]+)"/)?.[1]
  const before = await generatedAt()
  const validBody = JSON.stringify(NATIONAL_CENSUS_CHANGE)
  const valid = await signedHeaders(validBody, E2E_WEBHOOK_SECRET)
  const statuses = new Map<number, number>()
  for (let i = 0; i < 300; i++) {
    const kind = i % 6
    const body = [
      validBody,
      random(50),
      '{}',
      JSON.stringify({ ...NATIONAL_CENSUS_CHANGE, _id: random(10) }),
      '',
      random(5000),
    ][kind]!
    const headers: Record<string, string> = {
      'content-type': i % 2 ? 'application/json' : 'text/plain',
    }
    if (kind === 0)
      headers['sanity-webhook-signature'] = valid['sanity-webhook-signature'].replace(/.$/, 'x')
    if (kind === 1) headers['sanity-webhook-signature'] = ascii(40)
    if (kind === 2) headers['sanity-webhook-signature'] = `t=${Date.now()},v1=${ascii(43)}`
    if (kind === 3)
      headers['sanity-webhook-signature'] = (await signedHeaders(body, 'wrong-secret-0123456789'))[
        'sanity-webhook-signature'
      ]
    if (kind === 5) headers['sanity-webhook-signature'] = `t=1,v1=${'A'.repeat(43)}`
    const response = await request.post(`${EMBEDDED_APP}/api/revalidate`, { data: body, headers })
    statuses.set(response.status(), (statuses.get(response.status()) ?? 0) + 1)
    expect(response.status()).toBeLessThan(500)
    expect(response.status()).not.toBe(200)
  }
  expect([...statuses.keys()].every((status) => [400, 401, 413].includes(status))).toBe(true)
  expect(await generatedAt()).toBe(before)
})

function serverRssMb(port: string): number {
  const line = execFileSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8' })
  const pid = line.match(/pid=(\d+)/)?.[1]
  if (!pid) throw new Error(`no process listens on ${port}`)
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  return Math.round(Number(status.match(/VmRSS:\s+(\d+)/)?.[1]) / 1024)
}

test('load: 60 s at 100 connections on mixed pages, no errors, memory does not keep growing', async () => {
  test.setTimeout(180_000)
  const port = new URL(EMBEDDED_APP).port
  const paths = [
    ...PUBLIC_PATHS.filter((url) => !url.includes('no-such')),
    `/en${PROJECT}/activities?cluster=migration-data-management`,
  ]
  const run = (duration: number) =>
    autocannon({
      url: EMBEDDED_APP,
      connections: 100,
      duration,
      requests: paths.map((url) => ({ method: 'GET', path: url })),
      // A response may queue behind others on two cores; only a failure or no answer in 30 s counts.
      timeout: 30,
    })
  await run(5) // warm-up: every page cached, JIT warm
  const before = serverRssMb(port)
  // 60 s in two halves: memory may grow while caches and the heap settle, but not keep growing.
  const first = await run(30)
  const middle = serverRssMb(port)
  const second = await run(30)
  const after = serverRssMb(port)
  for (const [name, result] of [
    ['first 30 s', first],
    ['second 30 s', second],
  ] as const) {
    console.log(
      `load ${name}: ${result.requests.total} requests, ${Math.round(result.requests.average)} req/s, ` +
        `p99 ${result.latency.p99} ms, errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}`,
    )
    expect(result.errors).toBe(0)
    expect(result.timeouts).toBe(0)
    expect(result.non2xx).toBe(0)
    expect(result.requests.total).toBeGreaterThan(1000)
  }
  console.log(`server RSS: ${before} MB before, ${middle} MB after 30 s, ${after} MB after 60 s`)
  expect(after - middle).toBeLessThan(150)
})
