import { mkdtempSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  checkRequestLine,
  checkStaticPreconditions,
  judgeRange,
} from '@/lib/http/request-guard.mjs'

const request = (method: string, url: string, headers: Record<string, string> = {}) => ({
  method,
  url,
  headers,
})

describe('requests refused before Next.js', () => {
  it.each([
    ['GET', '/ka/clusters/%D8', 400],
    ['GET', '/en/%', 400],
    ['GET', '/en/projects/x/activities/%FF', 400],
    ['GET', 'http://evil.example/en', 400],
    ['GET', '//evil.example/en', 400],
    ['TRACE', '/en', 405],
    ['TRACE', '/api/revalidate', 405],
    ['TRACE', '/api/iati/secure-borders-safe-migration', 405],
    ['CONNECT', '/en', 405],
    ['FOO', '/', 405],
    ['POST', '/en', 405],
    ['DELETE', '/en', 405],
    ['OPTIONS', '/en', 405],
    ['POST', '/studio', 405],
    ['PUT', '/_next/static/chunks/a.js', 405],
    ['DELETE', '/_next/static/chunks/a.js', 405],
    ['OPTIONS', '/_next/static/chunks/a.css', 405],
    ['PATCH', '/_next/static/media/a.woff2', 405],
    ['POST', '/_next/image?url=%2Fmedia%2Fa.jpg&w=64&q=75', 405],
    ['GET', '*', 400],
  ])('%s %s → %i', (method, url, status) => {
    const refusal = checkRequestLine(request(method, url))
    expect(refusal?.status).toBe(status)
    if (status === 405) {
      const allow = refusal?.headers.allow?.split(', ') ?? []
      expect(allow.length).toBeGreaterThan(0)
      expect(allow).not.toContain(method)
    }
  })

  it('names the methods an API route serves', () => {
    expect(checkRequestLine(request('TRACE', '/api/revalidate'))?.headers.allow).toBe('POST')
    expect(checkRequestLine(request('TRACE', '/api/iati/x'))?.headers.allow).toBe('GET, HEAD')
  })

  it('answers OPTIONS * with what the server supports', () => {
    expect(checkRequestLine(request('OPTIONS', '*'))).toMatchObject({
      status: 204,
      headers: { allow: 'GET, HEAD, POST, OPTIONS' },
    })
  })

  it.each([
    ['GET', '/en'],
    ['HEAD', '/ka/projects/secure-borders-safe-migration'],
    ['GET', '/en/projects/%E1%83%A1'],
    ['GET', '/en/activities?q=%E0%A4%A'],
    ['POST', '/api/revalidate'],
    ['GET', '/api/revalidate'],
    ['GET', '/_next/static/chunks/a.js'],
    ['GET', '/_next/image?url=%2Fmedia%2Fa.jpg&w=64&q=75'],
  ])('passes %s %s on to Next', (method, url) => {
    expect(checkRequestLine(request(method, url))).toBeNull()
  })
})

describe('conditional and range requests for build files', () => {
  const staticDir = mkdtempSync(path.join(tmpdir(), 'static-'))
  mkdirSync(path.join(staticDir, 'chunks'))
  writeFileSync(path.join(staticDir, 'chunks', 'a.css'), 'body{}')
  utimesSync(
    path.join(staticDir, 'chunks', 'a.css'),
    new Date('2026-01-01'),
    new Date('2026-01-01'),
  )
  const get = (headers: Record<string, string>) =>
    checkStaticPreconditions(request('GET', '/_next/static/chunks/a.css', headers), staticDir)

  it('refuses a failed If-Match (weak ETags never match strongly) with 412', async () => {
    expect((await get({ 'if-match': '"nope"' }))?.status).toBe(412)
    expect(await get({ 'if-match': '*' })).toBeNull()
  })

  it('refuses If-Unmodified-Since before the file changed with 412', async () => {
    expect((await get({ 'if-unmodified-since': 'Wed, 01 Jan 2020 00:00:00 GMT' }))?.status).toBe(
      412,
    )
    expect(await get({ 'if-unmodified-since': 'Fri, 01 Jan 2027 00:00:00 GMT' })).toBeNull()
  })

  it('refuses a range past the end with 416 and the size', async () => {
    const refusal = await get({ range: 'bytes=999999-' })
    expect(refusal).toMatchObject({ status: 416, headers: { 'content-range': 'bytes */6' } })
    expect(await get({ range: 'bytes=0-2' })).toBeNull()
  })

  it('leaves other files and plain requests alone', async () => {
    expect(await get({})).toBeNull()
    expect(
      await checkStaticPreconditions(
        request('GET', '/_next/static/none.css', { range: 'bytes=9-' }),
        staticDir,
      ),
    ).toBeNull()
    expect(
      await checkStaticPreconditions(
        request('GET', '/_next/static/..%2F..%2Fetc%2Fpasswd', { range: 'bytes=9-' }),
        staticDir,
      ),
    ).toBeNull()
  })
})

describe('a build file’s Range header', () => {
  it.each([
    ['bytes=0-9', 'pass'],
    ['bytes=5-', 'pass'],
    ['bytes=-5', 'pass'],
    ['bytes=0-0, 5-9', 'pass'],
    ['bytes=999-', 'unsatisfiable'],
    ['bytes=-0', 'unsatisfiable'],
    ['bytes=abc', 'ignore'],
    ['bytes=5-2', 'ignore'],
    ['bytes=', 'ignore'],
    ['pages=1-2', 'ignore'],
    ['bytes=0-1,x', 'ignore'],
  ])('%s on a 100-byte file: %s', (range, verdict) => {
    expect(judgeRange(range, 100)).toBe(verdict)
  })

  it('drops a Range it ignores, so Next sends the whole file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'guard-range-'))
    mkdirSync(path.join(dir, 'chunks'))
    writeFileSync(path.join(dir, 'chunks', 'a.js'), 'x'.repeat(100))
    const ignored = request('GET', '/_next/static/chunks/a.js', { range: 'bytes=5-2' })
    expect(await checkStaticPreconditions(ignored, dir)).toBeNull()
    expect(ignored.headers).not.toHaveProperty('range')
    const refused = request('GET', '/_next/static/chunks/a.js', { range: 'bytes=-0' })
    expect((await checkStaticPreconditions(refused, dir))?.status).toBe(416)
  })
})
