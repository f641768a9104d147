// @ts-check
/**
 * How an instance shares its rendering work between clients (docs/operations.md, "Overload") and
 * where it exposes its metrics ("Metrics"),
 * declared once for its two readers: server.mjs, which runs outside the app bundle (hence plain
 * JavaScript), and lib/env/schema.ts, which makes the variables part of the server's configuration.
 * No Node built-ins here: the Studio's browser bundle reaches lib/env/schema.ts too.
 */
import { z } from 'zod'
import { ConfigurationError, commaList, parseEnv, unsetIfEmpty } from './parse.mjs'

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
  /** Port of the metrics listener on 127.0.0.1 (GET /metrics, Prometheus text); unset, none runs. */
  METRICS_PORT: unsetIfEmpty(z.coerce.number().int().min(1).max(65535, 'must be a port (1–65535)')),
  /** Memory for the front cache of finished pages (lib/http/front-cache.mjs), in MB (default 128). */
  FRONT_CACHE_MAX_MB: unsetIfEmpty(count(4096)),
  /** `0`: take visitors at once, without indexing the content first (lib/http/warm-up.mjs). */
  WARM_UP: unsetIfEmpty(z.enum(['0', '1'], 'must be 0 or 1')),
})

/**
 * The admission and metrics settings, with their defaults; a bad value throws naming the variable.
 * @param {Record<string, string | undefined>} [source]
 * @param {number} [publicPort] the port visitors (and the proxy) reach: the metrics may not share it
 */
export function readServingEnv(source = process.env, publicPort) {
  const env = parseEnv(servingEnvSchema, source)
  if (env.METRICS_PORT !== undefined && env.METRICS_PORT === publicPort) {
    throw new ConfigurationError(
      `Invalid configuration:\n- METRICS_PORT must not be the public port (${publicPort})`,
    )
  }
  return {
    trustedProxies: new Set(env.TRUSTED_PROXIES ?? []),
    concurrency: env.RENDER_CONCURRENCY ?? 4,
    queue: env.RENDER_QUEUE ?? 32,
    perClient: env.RENDER_PER_CLIENT ?? 8,
    /** Off (null) unless set: two instances on one machine would otherwise claim the same port. */
    metricsPort: env.METRICS_PORT ?? null,
    frontCacheMaxBytes: (env.FRONT_CACHE_MAX_MB ?? 128) * 1024 * 1024,
    warmUp: env.WARM_UP !== '0',
  }
}
