/**
 * @jest-environment node
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type * as HealthRouteModule from '@/app/api/health/route'

// Outside a request: published content, read without Next's cache.
jest.mock('next/headers', () => ({ draftMode: async () => ({ isEnabled: false }) }))
jest.mock('next/cache', () => ({ unstable_cache: (read: () => unknown) => read }))

type HealthRoute = typeof HealthRouteModule

/**
 * Calls the route with a fresh content backend (made once per module, on first use) under these
 * variables.
 */
async function healthWith<T>(env: Record<string, string>, call: (route: HealthRoute) => T) {
  const previous = { ...process.env }
  Object.assign(process.env, env)
  try {
    let route: HealthRoute | undefined
    jest.isolateModules(() => {
      route = jest.requireActual<HealthRoute>('@/app/api/health/route')
    })
    if (!route) throw new Error('health route not loaded')
    return await call(route)
  } finally {
    process.env = previous
  }
}

describe('the health endpoint a proxy probes', () => {
  it('answers 200 and is never cached while the instance can tell which pages exist', async () => {
    const response = await healthWith({}, (route) => route.GET())
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(await response.json()).toMatchObject({ status: 'ok', content: 'embedded' })
  })

  it('answers 503 with Retry-After when the content cannot be read', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'health-'))
    const missing = path.join(dir, 'no-such-dataset.ndjson')
    jest.spyOn(console, 'error').mockImplementation(() => {})
    jest.spyOn(console, 'warn').mockImplementation(() => {})
    // A fresh build directory: no last good copy of the route index to fall back on.
    const response = await healthWith(
      { CONTENT_DATASET_PATH: missing, NEXT_DIST_DIR: path.join(dir, '.next') },
      (route) => route.GET(),
    )
    expect(response.status).toBe(503)
    expect(response.headers.get('retry-after')).toBe('5')
    expect(await response.json()).toMatchObject({ status: 'unavailable' })
  })

  it('refuses writes with 405 and names GET, HEAD', async () => {
    const response = await healthWith({}, (route) => route.POST())
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('GET, HEAD')
  })
})
