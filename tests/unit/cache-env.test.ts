/**
 * @jest-environment node
 */
import { readCacheEnv } from '@/lib/env/cache.mjs'
import { ConfigurationError, parseEnv, serverEnvSchema } from '@/lib/env/schema'

// One declaration (lib/env/cache.mjs) serves the cache handler and the server's configuration.
const valid = [
  {},
  { REDIS_URL: 'redis://127.0.0.1:6379' },
  { REDIS_URL: 'rediss://cache.example.org:6380/2' },
  { CACHE_KEY_PREFIX: 'iom-portal:staging' },
  { CACHE_LOCAL_MAX_MB: '128' },
  { PROXY_PURGE_URLS: 'http://10.0.0.5:8080,http://10.0.0.6:8080' },
]
const invalid: [Record<string, string>, string][] = [
  [{ REDIS_URL: 'http://127.0.0.1:6379' }, 'REDIS_URL'],
  [{ REDIS_URL: 'not a url' }, 'REDIS_URL'],
  [{ CACHE_KEY_PREFIX: 'has space' }, 'CACHE_KEY_PREFIX'],
  [{ CACHE_LOCAL_MAX_MB: '0' }, 'CACHE_LOCAL_MAX_MB'],
  [{ CACHE_LOCAL_MAX_MB: 'lots' }, 'CACHE_LOCAL_MAX_MB'],
  [{ PROXY_PURGE_URLS: 'varnish:8080' }, 'PROXY_PURGE_URLS'],
]

describe('cache variables', () => {
  it.each(valid)('the cache handler and the server accept %j', (source) => {
    expect(() => readCacheEnv(source)).not.toThrow()
    expect(() => parseEnv(serverEnvSchema, source)).not.toThrow()
  })

  it.each(invalid)('the cache handler and the server refuse %j, naming %s', (source, name) => {
    expect(() => readCacheEnv(source)).toThrow(ConfigurationError)
    expect(() => readCacheEnv(source)).toThrow(name)
    expect(() => parseEnv(serverEnvSchema, source)).toThrow(name)
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
