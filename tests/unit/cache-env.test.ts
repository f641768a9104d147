/**
 * @jest-environment node
 */
import { readCacheEnv } from '@/lib/cache/cache-env.mjs'
import { cacheEnvSchema, parseEnv, serverEnvSchema } from '@/lib/env/schema'

// The cache handler cannot import lib/env (Next loads it outside the bundle): both must agree.
const cases: [Record<string, string>, boolean][] = [
  [{}, true],
  [{ REDIS_URL: 'redis://127.0.0.1:6379' }, true],
  [{ REDIS_URL: 'rediss://cache.example.org:6380/2' }, true],
  [{ REDIS_URL: 'http://127.0.0.1:6379' }, false],
  [{ REDIS_URL: 'not a url' }, false],
  [{ CACHE_KEY_PREFIX: 'iom-portal:staging' }, true],
  [{ CACHE_KEY_PREFIX: 'has space' }, false],
  [{ CACHE_LOCAL_MAX_MB: '128' }, true],
  [{ CACHE_LOCAL_MAX_MB: '0' }, false],
  [{ CACHE_LOCAL_MAX_MB: 'lots' }, false],
  [{ PROXY_PURGE_URLS: 'http://10.0.0.5:8080,http://10.0.0.6:8080' }, true],
  [{ PROXY_PURGE_URLS: 'varnish:8080' }, false],
]

describe('cache variables', () => {
  it.each(cases)('lib/env and the cache handler agree on %j', (source, valid) => {
    const accepts = (read: () => unknown) => {
      try {
        read()
        return true
      } catch {
        return false
      }
    }
    expect(accepts(() => parseEnv(cacheEnvSchema, source))).toBe(valid)
    expect(accepts(() => readCacheEnv(source))).toBe(valid)
  })

  it('defaults the prefix and the local bound', () => {
    expect(readCacheEnv({ REDIS_URL: 'redis://127.0.0.1:6379' })).toEqual({
      redisUrl: 'redis://127.0.0.1:6379',
      keyPrefix: 'iom-portal',
      localMaxBytes: 64 * 1024 * 1024,
      proxies: [],
    })
  })

  it('reads the proxies to purge as a list of URLs', () => {
    const env = parseEnv(serverEnvSchema, {
      PROXY_PURGE_URLS: 'http://10.0.0.5:8080, http://10.0.0.6:8080',
    })
    expect(env.PROXY_PURGE_URLS).toEqual(['http://10.0.0.5:8080', 'http://10.0.0.6:8080'])
    expect(() => parseEnv(serverEnvSchema, { PROXY_PURGE_URLS: 'ftp://x' })).toThrow(
      /PROXY_PURGE_URLS/,
    )
  })
})
