import { readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import autocannon from 'autocannon'
import { fuzzSeed, seededRandom } from '../support/random'
import { NATIONAL_CENSUS_CHANGE, signedHeaders } from '../support/webhook'
import { LOCALES, PAGES, PROJECT } from './pages'
import { rawRequest } from './raw-http'
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
      // One other origin, for images only: Sanity's image CDN (docs/architecture.md, "Photos").
      expect(csp.match(/https?:\/\/[^\s;]+/g)).toEqual(['https://cdn.sanity.io'])
      expect(csp).toMatch(/img-src [^;]*https:\/\/cdn\.sanity\.io/)
      expect(headers['strict-transport-security']).toMatch(/max-age=\d{7,}/)
      expect(headers['x-content-type-options']).toBe('nosniff')
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
      expect(headers['permissions-policy']).toContain('camera=()')
    })
  }

  test('the build’s own files carry no document policy, only what a subresource heeds', async ({
    request,
  }) => {
    const html = await (await request.get(`/en${PROJECT}`)).text()
    const files = [...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+)"/g)].map(
      (match) => match[1]!,
    )
    expect(files.length).toBeGreaterThan(3)
    for (const file of files) {
      const response = await request.get(file)
      expect(response.status()).toBe(200)
      const headers = response.headers()
      expect(headers['x-content-type-options']).toBe('nosniff')
      expect(headers['cache-control']).toContain('immutable')
      expect(headers['content-security-policy']).toBeUndefined()
      expect(headers['permissions-policy']).toBeUndefined()
    }
  })

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
    url: string | (() => Promise<string>)
    allowed: number[]
    headers?: Record<string, string>
    data?: string
  }
  /** A build file of the running app, for conditional and range requests. */
  const stylesheet = async () => {
    const html = (await rawRequest(EMBEDDED_APP, { target: '/en' })).body
    const href = html.match(/\/_next\/static\/[^"]+\.css/)?.[0]
    if (!href) throw new Error('no stylesheet on /en')
    return href
  }
  const cases: Case[] = [
    { url: '/fr', allowed: [404] },
    { url: '/zh-Hant/projects', allowed: [404] },
    { url: '/en/projects/%E1%83%A1%E1%83%90%E1%83%96', allowed: [404] },
    { url: `/en/projects/${long}`, allowed: [404] },
    { url: `/en${PROJECT}/activities/${long}`, allowed: [404] },
    { url: `/en/projects/${'x'.repeat(16 * 1024)}`, allowed: [404, 414, 431] },
    { url: '/en/projects/..%2F..%2Fetc%2Fpasswd', allowed: [404] },
    { url: '/en/%2e%2e/%2e%2e/package.json', allowed: [404] },
    { url: '/_next/static/..%2F..%2Fpackage.json', allowed: [404] },
    { url: '/en/%00', allowed: [404] },
    { url: '/api/iati/%00', allowed: [404] },
    { url: '/api/iati/no-such-project', allowed: [404] },
    // The embedded dataset's files: only an asset id of the dataset with its own extension.
    { url: '/media/..%2F..%2Fetc%2Fpasswd', allowed: [404] },
    { url: '/media/%2e%2e%2f%2e%2e%2fpackage.json', allowed: [404] },
    { url: '/media/image-0000000000000000000000000000000000000000-1x1-png.png', allowed: [404] },
    { url: '/media/image-0000000000000000000000000000000000000000-1x1-png.svg', allowed: [404] },
    { url: `/media/${long}.png`, allowed: [404] },
    { method: 'POST', url: '/media/x.png', allowed: [405] },
    { method: 'TRACE', url: '/media/x.png', allowed: [405] },
    // Invalid percent-encoding in the path.
    { url: '/ka/clusters/%D8', allowed: [400] },
    { url: '/en/%', allowed: [400] },
    { url: `/en${PROJECT}/activities/%FF`, allowed: [400] },
    { url: '/%E0%A4%A', allowed: [400] },
    { url: `/en${PROJECT}/activities?${'cluster=x&'.repeat(500)}`, allowed: [200] },
    {
      url: `/en${PROJECT}/activities?q=${encodeURIComponent('ა'.repeat(2000))}`,
      allowed: [200, 414, 431],
    },
    { url: `/en${PROJECT}/activities?q=${encodeURIComponent('ა'.repeat(200))}`, allowed: [200] },
    { url: `/en${PROJECT}/activities?sort=%00&status=%ff&org[]=x`, allowed: [200] },
    { url: `/en${PROJECT}/activities.csv?lang=zz&cluster=%3Cscript%3E`, allowed: [200] },
    { url: '/en/activities.csv?q=%E0%A4%A', allowed: [200, 400] },
    { url: '/en/projects/no-such-project/activities.csv', allowed: [404] },
    { method: 'HEAD', url: '/en', allowed: [200] },
    { method: 'GET', url: '/api/revalidate', allowed: [405] },
    { method: 'DELETE', url: '/api/revalidate', allowed: [405] },
    { method: 'GET', url: '/api/draft-mode/disable', allowed: [405] },
    { method: 'POST', url: '/en/activities.csv', allowed: [405] },
    // Methods Next cannot represent, on pages and API routes alike.
    { method: 'TRACE', url: '/en', allowed: [405] },
    { method: 'TRACE', url: '/', allowed: [405] },
    { method: 'TRACE', url: '/api/revalidate', allowed: [405] },
    { method: 'TRACE', url: '/api/iati/secure-borders-safe-migration', allowed: [405] },
    { method: 'TRACE', url: `/en${PROJECT}/activities.csv`, allowed: [405] },
    { method: 'CONNECT', url: '/en', allowed: [405] },
    { method: 'OPTIONS', url: '*', allowed: [204] },
    { method: 'GET', url: '*', allowed: [400] },
    // Pages are read-only, with or without a body or an Origin.
    { method: 'OPTIONS', url: '/en', allowed: [405] },
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
    { method: 'DELETE', url: '/en', allowed: [405] },
    { method: 'DELETE', url: '/en', allowed: [405], headers: { origin: 'https://example.org' } },
    {
      method: 'OPTIONS',
      url: '/en',
      allowed: [405],
      headers: { origin: 'https://example.org', 'access-control-request-method': 'POST' },
    },
    // Pretends to call a server action; the portal has none.
    { method: 'POST', url: '/en', allowed: [405], headers: { 'next-action': 'abc123' } },
    // Conditional and range requests on build files and pages.
    { url: stylesheet, allowed: [416], headers: { range: 'bytes=999999-' } },
    { url: stylesheet, allowed: [412], headers: { 'if-match': '"nope"' } },
    {
      url: stylesheet,
      allowed: [412],
      headers: { 'if-unmodified-since': 'Thu, 01 Jan 1970 00:00:00 GMT' },
    },
    { url: stylesheet, allowed: [206], headers: { range: 'bytes=0-9' } },
    // A Range that cannot be parsed is ignored (RFC 9110, 14.2); one asking for no bytes is not
    // satisfiable.
    { url: stylesheet, allowed: [200], headers: { range: 'bytes=abc' } },
    { url: stylesheet, allowed: [200], headers: { range: 'bytes=5-2' } },
    { url: stylesheet, allowed: [200], headers: { range: 'pages=1-2' } },
    { url: stylesheet, allowed: [416], headers: { range: 'bytes=-0' } },
    // Build files and the image optimiser are read-only.
    ...['PUT', 'DELETE', 'POST', 'OPTIONS', 'PATCH'].map((method) => ({
      method,
      url: stylesheet,
      allowed: [405],
    })),
    { method: 'POST', url: '/_next/image?url=%2Fmedia%2Fx.jpg&w=64&q=75', allowed: [405] },
    // The optimiser serves only the portal's own /media files, at declared widths.
    { url: '/_next/image?url=/x&w=64&q=75', allowed: [400, 404] },
    { url: '/_next/image?url=%2Fmedia%2Fno-such.jpg&w=64&q=75', allowed: [400, 404] },
    { url: '/_next/image?url=https%3A%2F%2Fexample.org%2Fa.jpg&w=64&q=75', allowed: [400] },
    { url: '/_next/image?url=%2Fmedia%2Fx.jpg&w=13&q=75', allowed: [400] },
    { url: '/_next/image', allowed: [400] },
    { url: '/en', allowed: [200, 206, 416], headers: { range: 'bytes=999999-' } },
    { url: '/en', allowed: [200, 412], headers: { 'if-match': '"nope"' } },
    // Leaving preview with a Referer that is not a URL.
    {
      method: 'POST',
      url: '/api/draft-mode/disable',
      allowed: [303],
      headers: { referer: 'http://[::1' },
    },
  ]
  for (const { method = 'GET', url, allowed, headers = {}, data } of cases) {
    const shown = typeof url === 'string' ? url.slice(0, 70) : 'a build file'
    const sent = Object.entries(headers)
      .map(([name, value]) => `${name}: ${String(value).slice(0, 30)}`)
      .join(' ')
    test(`${method} ${shown} ${sent} → ${allowed.join('/')}`, async () => {
      const target = typeof url === 'string' ? url : await url()
      const response = await rawRequest(EMBEDDED_APP, { method, target, headers, body: data })
      expect(allowed).toContain(response.status)
      if (response.status === 405) {
        // RFC 9110: a 405 names the methods the resource does serve.
        const allow = response.headers['allow']?.split(', ')
        expect(allow?.length).toBeGreaterThan(0)
        expect(allow).not.toContain(method)
      }
    })
  }
})

test('webhook fuzz: hundreds of random requests, no 5xx and no revalidation', async ({
  request,
}) => {
  const seed = fuzzSeed()
  console.log(`webhook fuzz seed: ${seed} (replay with FUZZ_SEED=${seed})`)
  const next = seededRandom(seed)
  // Header values must be printable ASCII to be sent at all; bodies may be any Unicode.
  const ascii = (n: number) =>
    Array.from({ length: n }, () => String.fromCharCode(33 + Math.floor(next() * 94))).join('')
  const random = (n: number) =>
    Array.from({ length: n }, () => String.fromCharCode(32 + Math.floor(next() * 0x2fff))).join('')
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

test('smoke: mixed pages under 20 connections for 5 s answer without errors', async () => {
  // The 60 s load run with memory figures is a benchmark (npm run bench -- load).
  const paths = [...PUBLIC_PATHS.filter((url) => !url.includes('no-such'))]
  const result = await autocannon({
    url: EMBEDDED_APP,
    connections: 20,
    duration: 5,
    requests: paths.map((url) => ({ method: 'GET', path: url })),
    timeout: 30,
  })
  expect(result.requests.total).toBeGreaterThan(0)
  expect(result.errors).toBe(0)
  expect(result.timeouts).toBe(0)
  // One client on 20 connections: the filtered lists past its share of rendering are answered
  // 429 (docs/operations.md, "Overload"); everything else is 200, and nothing is a 5xx.
  const statuses = Object.keys(result.statusCodeStats ?? {}).map(Number)
  expect(statuses.filter((status) => status !== 200 && status !== 429)).toEqual([])
  expect(result['5xx']).toBe(0)
})

test('requests for things that do not exist add nothing to the cache', async () => {
  const countFiles = (dir: string): number =>
    readdirSync(dir, { withFileTypes: true }).reduce(
      (total, entry) => total + (entry.isDirectory() ? countFiles(path.join(dir, entry.name)) : 1),
      0,
    )
  const cached = () => countFiles('.next/cache') + countFiles('.next/server')
  const before = cached()
  const statuses = new Set<number>()
  for (let i = 0; i < 30; i++) {
    const slug = `no-such-project-${i}`
    for (const target of [
      `/en/projects/${slug}`,
      `/ka/projects/${slug}/activities?q=x`,
      `/en/projects/${slug}/activities.csv`,
      `/api/iati/${slug}`,
    ]) {
      statuses.add((await rawRequest(EMBEDDED_APP, { target })).status)
    }
  }
  expect([...statuses]).toEqual([404])
  expect(cached()).toBe(before)
})
