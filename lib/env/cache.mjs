// @ts-check
/**
 * The shared cache's variables (README "Scale-out"), declared once for both readers: the cache
 * handler, which Next loads as a plain module outside the app bundle (hence JavaScript), and
 * lib/env/schema.ts, which makes them part of the server's and the build's configuration.
 */
import { z } from 'zod'
import { commaList, httpUrl, parseEnv, unsetIfEmpty } from './parse.mjs'

/** A comma-separated list of http(s) URLs, e.g. the caching proxies to purge. */
const httpUrlList = commaList(httpUrl, 'must list at least one URL')

export const cacheEnvSchema = z.object({
  /**
   * Caching proxies that get a `BAN` after each webhook, and when Redis returns after an outage
   * during which webhooks came (comma-separated base URLs).
   */
  PROXY_PURGE_URLS: unsetIfEmpty(httpUrlList),
  /** Set it and every instance keeps ISR pages and cached queries in this Redis. */
  REDIS_URL: unsetIfEmpty(
    z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' }),
  ),
  /** Namespace of the portal's keys in Redis (default `iom-portal`). */
  CACHE_KEY_PREFIX: unsetIfEmpty(
    z.string().regex(/^[A-Za-z0-9:_-]{1,64}$/, 'must be 1-64 letters, digits, ":", "_" or "-"'),
  ),
  /** Bound of an instance's own cache while Redis is unreachable, in MB (default 64). */
  CACHE_LOCAL_MAX_MB: unsetIfEmpty(
    z.coerce.number().int().min(1).max(4096, 'must be a whole number of megabytes (1-4096)'),
  ),
})

/**
 * The cache handler's configuration, with its defaults; a bad value throws naming the variable.
 * @param {Record<string, string | undefined>} [source]
 */
export function readCacheEnv(source = process.env) {
  const env = parseEnv(cacheEnvSchema, source)
  return {
    /** @type {string | null} */
    redisUrl: env.REDIS_URL ?? null,
    keyPrefix: env.CACHE_KEY_PREFIX ?? 'iom-portal',
    localMaxBytes: (env.CACHE_LOCAL_MAX_MB ?? 64) * 1024 * 1024,
    /** @type {string[]} */
    proxies: env.PROXY_PURGE_URLS ?? [],
  }
}
