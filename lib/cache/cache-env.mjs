// @ts-check
/**
 * The cache handler's environment variables. Next loads the handler as a plain module outside
 * the app bundle, so it cannot import lib/env (TypeScript); this is the one place it reads
 * `process.env`, validated with zod exactly like lib/env/schema.ts (`cacheEnvSchema`), which
 * declares the same variables and is checked against this file by tests/unit/cache-env.test.ts.
 */
import { z } from 'zod'

const unsetIfEmpty = (/** @type {z.ZodType} */ schema) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional())

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' })

export const cacheHandlerEnvSchema = z.object({
  REDIS_URL: unsetIfEmpty(
    z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' }),
  ),
  CACHE_KEY_PREFIX: unsetIfEmpty(
    z.string().regex(/^[A-Za-z0-9:_-]{1,64}$/, 'must be 1-64 letters, digits, ":", "_" or "-"'),
  ),
  CACHE_LOCAL_MAX_MB: unsetIfEmpty(
    z.coerce.number().int().min(1).max(4096, 'must be a whole number of megabytes (1-4096)'),
  ),
  PROXY_PURGE_URLS: unsetIfEmpty(
    z
      .string()
      .transform((value) =>
        value
          .split(',')
          .map((url) => url.trim())
          .filter(Boolean),
      )
      .pipe(z.array(httpUrl).min(1, 'must list at least one URL')),
  ),
})

/**
 * @param {Record<string, string | undefined>} [source]
 * @returns {{ redisUrl: string | null, keyPrefix: string, localMaxBytes: number, proxies: string[] }}
 */
export function readCacheEnv(source = process.env) {
  const parsed = cacheHandlerEnvSchema.safeParse(source)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`)
    throw new Error(`Invalid configuration:\n- ${problems.join('\n- ')}`)
  }
  /** @type {{ REDIS_URL?: string, CACHE_KEY_PREFIX?: string, CACHE_LOCAL_MAX_MB?: number, PROXY_PURGE_URLS?: string[] }} */
  const env = parsed.data
  return {
    redisUrl: env.REDIS_URL ?? null,
    keyPrefix: env.CACHE_KEY_PREFIX ?? 'iom-portal',
    localMaxBytes: (env.CACHE_LOCAL_MAX_MB ?? 64) * 1024 * 1024,
    proxies: env.PROXY_PURGE_URLS ?? [],
  }
}
