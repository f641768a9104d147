// @ts-check
/**
 * How an instance shares its rendering work between clients (docs/operations.md, "Overload"),
 * declared once for its two readers: server.mjs, which runs outside the app bundle (hence plain
 * JavaScript), and lib/env/schema.ts, which makes the variables part of the server's configuration.
 * No Node built-ins here: the Studio's browser bundle reaches lib/env/schema.ts too.
 */
import { z } from 'zod'
import { commaList, parseEnv, unsetIfEmpty } from './parse.mjs'

/** A comma-separated list of IP addresses, e.g. the caching proxies in front of the instance. */
const ipList = commaList(
  z.union([z.ipv4(), z.ipv6()], 'must be IP addresses'),
  'must list an address',
)

/** @param {number} max */
const count = (max) => z.coerce.number().int().min(1).max(max, `must be a whole number (1–${max})`)

export const servingEnvSchema = z.object({
  /** Proxies whose X-Forwarded-For names the client (comma-separated IPs); others are the client. */
  TRUSTED_PROXIES: unsetIfEmpty(ipList),
  /** Renders (work no cache answers) an instance runs at once (default 4). */
  RENDER_CONCURRENCY: unsetIfEmpty(count(256)),
  /** Renders waiting for a turn before more are refused with 503 (default 32). */
  RENDER_QUEUE: unsetIfEmpty(count(4096)),
  /** Renders one client may have running or waiting before its next is refused with 429 (default 8). */
  RENDER_PER_CLIENT: unsetIfEmpty(count(256)),
  /** Memory for the front cache of finished pages (lib/http/front-cache.mjs), in MB (default 128). */
  FRONT_CACHE_MAX_MB: unsetIfEmpty(count(4096)),
})

/**
 * The admission settings, with their defaults; a bad value throws naming the variable.
 * @param {Record<string, string | undefined>} [source]
 */
export function readServingEnv(source = process.env) {
  const env = parseEnv(servingEnvSchema, source)
  return {
    trustedProxies: new Set(env.TRUSTED_PROXIES ?? []),
    concurrency: env.RENDER_CONCURRENCY ?? 4,
    queue: env.RENDER_QUEUE ?? 32,
    perClient: env.RENDER_PER_CLIENT ?? 8,
    frontCacheMaxBytes: (env.FRONT_CACHE_MAX_MB ?? 128) * 1024 * 1024,
  }
}
