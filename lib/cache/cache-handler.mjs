// @ts-check
/**
 * Next's `cacheHandler`. With REDIS_URL, ISR pages, route responses and `unstable_cache` entries
 * of every instance live in one Redis, and a
 * `revalidateTag` on any instance makes the tagged entries a miss on all of them, read from Redis
 * on every lookup (no per-instance copy of the tag state that could lag behind). Follows the
 * handler interface of Next's docs (node_modules/next/dist/docs/…/incrementalCacheHandlerPath.md).
 *
 * Without REDIS_URL (a lone instance) they live in this process's memory, bounded by size
 * (local-store.mjs): never on disk, whatever URLs are requested.
 *
 * Next loads this file itself (a plain ES module, outside the app bundle) and creates one handler
 * per request, so the connection and the fallback cache live in one store per process, which the
 * webhook route also reaches (lib/cache/shared-tags.ts) to expire tags before purging the proxy.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { readCacheEnv } from '../env/cache.mjs'
import { LocalCacheStore } from './local-store.mjs'
import { SharedCacheStore } from './shared-store.mjs'

/** Where the process's store is kept; lib/cache/shared-tags.ts reads the same symbol. */
export const STORE_SYMBOL = Symbol.for('iom-portal.shared-cache-store')
const TAGS_HEADER = 'x-next-cache-tags'

/**
 * Entries of one build must never reach another (an RSC payload names its build's chunks): the
 * key space is the build id, and the deployment id when one is set (NEXT_DEPLOYMENT_ID), which
 * makes Next's build id constant.
 * @param {string} serverDistDir
 */
export function buildNamespace(serverDistDir) {
  const distDir = path.join(serverDistDir, '..')
  const buildId = readFileSync(path.join(distDir, 'BUILD_ID'), 'utf8').trim()
  let deploymentId = ''
  try {
    const files = JSON.parse(readFileSync(path.join(distDir, 'required-server-files.json'), 'utf8'))
    deploymentId = files.config?.deploymentId ?? ''
  } catch {
    // Older layouts: the build id alone.
  }
  return deploymentId ? `${deploymentId}:${buildId}` : buildId
}

/**
 * `BAN` to each proxy, as lib/revalidation/purge.ts sends after a webhook.
 * @param {string[]} proxies
 */
async function banProxies(proxies) {
  await Promise.all(
    proxies.map(async (proxy) => {
      try {
        const response = await fetch(new URL('/', proxy), {
          method: 'BAN',
          signal: AbortSignal.timeout(2000),
        })
        if (!response.ok) throw new Error(`answered ${response.status}`)
      } catch (error) {
        console.warn(`[cache] could not purge ${proxy}: ${error}`)
      }
    }),
  )
}

/**
 * The process's one store, made on first use (server.mjs makes it at start, so that its expiry
 * feed runs before the first request).
 * @param {{ serverDistDir?: string }} ctx @returns {SharedCacheStore | LocalCacheStore}
 */
export function processStore(ctx) {
  const global = /** @type {Record<symbol, SharedCacheStore | LocalCacheStore | undefined>} */ (
    globalThis
  )
  const existing = global[STORE_SYMBOL]
  if (existing) return existing
  const env = readCacheEnv()
  if (!env.redisUrl) {
    const local = new LocalCacheStore({ maxBytes: env.localMaxBytes })
    global[STORE_SYMBOL] = local
    return local
  }
  const store = new SharedCacheStore({
    redisUrl: env.redisUrl,
    keyPrefix: env.keyPrefix,
    namespace: buildNamespace(ctx.serverDistDir ?? path.join(process.cwd(), '.next', 'server')),
    localMaxBytes: env.localMaxBytes,
    onTagsResent: () => banProxies(env.proxies),
    // Beside Next's own cache: webhooks answered while Redis was down survive a restart.
    pendingDir: path.join(
      path.dirname(ctx.serverDistDir ?? path.join(process.cwd(), '.next', 'server')),
      'cache',
      'portal-pending-tags',
    ),
  })
  global[STORE_SYMBOL] = store
  return store
}

/**
 * Tags of an entry: response entries carry theirs in a header, fetch and `unstable_cache`
 * entries get them in the context.
 * @param {any} data @param {any} ctx @returns {string[]}
 */
function tagsOf(data, ctx) {
  const header = data?.headers?.[TAGS_HEADER]
  const fromHeader = typeof header === 'string' && header ? header.split(',') : []
  return [...new Set([...fromHeader, ...(ctx?.tags ?? [])])]
}

/**
 * A rendered "not found" page (an unknown or deleted slug).
 * @param {any} data
 */
export function isNotFound(data) {
  return (data?.kind === 'APP_PAGE' || data?.kind === 'APP_ROUTE') && data.status === 404
}

export default class PortalCacheHandler {
  /** @param {{ serverDistDir?: string }} ctx */
  constructor(ctx) {
    this.store = processStore(ctx)
  }

  /** @param {string} key @param {any} ctx */
  async get(key, ctx) {
    const entry = await this.store.get(key, [...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])])
    if (!entry) return null
    return {
      lastModified: entry.lastModified,
      value: entry.value,
      cacheControl: entry.cacheControl,
    }
  }

  /** @param {string} key @param {any} data @param {any} ctx */
  async set(key, data, ctx) {
    // A 404 is never kept: every made-up URL would take a place (and, in Next's own cache, a file).
    if (isNotFound(data)) return
    await this.store.set(key, {
      lastModified: Date.now(),
      value: data,
      // Fetch entries keep their lifetime in the value; response entries pass it here.
      cacheControl: ctx?.fetchCache ? undefined : ctx?.cacheControl,
      tags: tagsOf(data, ctx),
    })
  }

  /**
   * Every revalidation expires at once, whatever profile it names: the webhook asks for
   * `{ expire: 0 }`, and visitors get stale-while-revalidate from the proxy's grace instead.
   * @param {string | string[]} tags
   */
  async revalidateTag(tags) {
    await this.store.revalidateTags(typeof tags === 'string' ? [tags] : tags)
  }

  resetRequestCache() {}
}
