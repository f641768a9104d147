import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { brotliCompressSync } from 'node:zlib'
import { acceptsBrotli, precompressedStatic } from '@/lib/http/precompressed.mjs'

function buildDir() {
  const dir = mkdtempSync(path.join(tmpdir(), 'precompressed-'))
  mkdirSync(path.join(dir, 'chunks'))
  const script = 'console.log("a build file");'.repeat(100)
  writeFileSync(path.join(dir, 'chunks', 'a.js'), script)
  writeFileSync(path.join(dir, 'chunks', 'a.js.br'), brotliCompressSync(script))
  writeFileSync(path.join(dir, 'chunks', 'plain.js'), script)
  return dir
}

const get = (url: string, headers: Record<string, string> = {}, method = 'GET') => ({
  method,
  url,
  headers: { 'accept-encoding': 'gzip, deflate, br', ...headers },
})

describe('which clients get Brotli', () => {
  it.each([
    ['gzip, deflate, br', true],
    ['br;q=1.0, gzip;q=0.8', true],
    ['BR', true],
    ['gzip, br;q=0', false],
    ['gzip, deflate', false],
    ['', false],
    ['brotli', false],
  ])('%j → %s', (header, expected) => {
    expect(acceptsBrotli(header)).toBe(expected)
  })
})

describe('a build file’s Brotli copy', () => {
  const dir = buildDir()

  it('is sent with its type, encoding, Vary and a year’s immutable cache', async () => {
    const answer = await precompressedStatic(get('/_next/static/chunks/a.js?v=1'), dir)
    expect(answer?.status).toBe(200)
    expect(answer?.file).toBe(path.join(dir, 'chunks', 'a.js.br'))
    expect(answer?.headers).toMatchObject({
      'content-type': 'application/javascript; charset=UTF-8',
      'content-encoding': 'br',
      vary: 'Accept-Encoding',
      'cache-control': 'public, max-age=31536000, immutable',
      'x-content-type-options': 'nosniff',
    })
    expect(Number(answer?.headers['content-length'])).toBeGreaterThan(0)
  })

  it('answers 304 to its ETag and sends no body to HEAD', async () => {
    const first = await precompressedStatic(get('/_next/static/chunks/a.js'), dir)
    const etag = first!.headers.etag!
    const again = await precompressedStatic(
      get('/_next/static/chunks/a.js', { 'if-none-match': etag }),
      dir,
    )
    expect(again).toMatchObject({ status: 304, file: null })
    const head = await precompressedStatic(get('/_next/static/chunks/a.js', {}, 'HEAD'), dir)
    expect(head).toMatchObject({ status: 200, file: null })
  })

  it('leaves to Next what it cannot answer: no copy, ranges, other encodings, other paths', async () => {
    for (const request of [
      get('/_next/static/chunks/plain.js'),
      get('/_next/static/chunks/a.js', { range: 'bytes=0-9' }),
      get('/_next/static/chunks/a.js', { 'accept-encoding': 'gzip' }),
      get('/_next/static/chunks/a.js', {}, 'POST'),
      get('/_next/static/media/font.woff2'),
      get('/_next/static/..%2F..%2Fpackage.json.js'),
      get('/_next/static/%E0%A4%A.js'),
      get('/en'),
    ]) {
      expect(await precompressedStatic(request, dir)).toBeNull()
    }
  })
})
