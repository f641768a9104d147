import type { SharedTagStore } from '@/lib/cache/shared-tags'

/** How long one proxy may take to answer a purge before it counts as failed. */
const PURGE_TIMEOUT_MS = 2000

export type PurgeResult = { proxies: number; failed: string[] }

type PurgeDeps = {
  /** The shared cache, when the instances have one (REDIS_URL). */
  store: SharedTagStore | null
  /** Base URLs of the caching proxies (PROXY_PURGE_URLS). */
  proxies: string[]
  fetch?: typeof fetch
}

/**
 * Drops every cached page from each proxy (`BAN`, see deploy/varnish/portal.vcl). Next applies
 * `revalidateTag` only after the webhook's response is sent; a proxy refetching a page before then
 * would get the old one and keep it. So the shared store marks the tags first, and only then are
 * the proxies purged.
 */
export async function purgeProxies(tags: string[], deps: PurgeDeps): Promise<PurgeResult> {
  await deps.store?.revalidateTags(tags)
  const send = deps.fetch ?? fetch
  const failed: string[] = []
  await Promise.all(
    deps.proxies.map(async (proxy) => {
      try {
        const response = await send(new URL('/', proxy), {
          method: 'BAN',
          signal: AbortSignal.timeout(PURGE_TIMEOUT_MS),
        })
        if (!response.ok) failed.push(`${proxy} answered ${response.status}`)
      } catch (error) {
        failed.push(`${proxy}: ${error instanceof Error ? error.message : String(error)}`)
      }
    }),
  )
  return { proxies: deps.proxies.length, failed }
}
