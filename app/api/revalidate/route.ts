import { revalidateTag } from 'next/cache'
import { sharedTagStore } from '@/lib/cache/shared-tags'
import { serverEnv } from '@/lib/env/server'
import { methodNotAllowed } from '@/lib/method-not-allowed'
import { readWebhookSecret } from '@/lib/revalidation/config'
import { handleWebhook } from '@/lib/revalidation/handle-webhook'
import { purgeProxies } from '@/lib/revalidation/purge'

export const dynamic = 'force-dynamic'

/** Sanity's webhook (see README, "Webhook"): signed, validated, then the affected tags refresh. */
export function POST(request: Request) {
  const proxies = serverEnv().PROXY_PURGE_URLS ?? []
  return handleWebhook(request, {
    secret: () => readWebhookSecret(),
    // Behind caching proxies the tags expire at once: with stale-while-revalidate the first
    // request after a webhook gets the old page, and the proxy would keep it (the proxy sends
    // one request per page to the instances, however many visitors wait for it). A lone instance
    // keeps stale-while-revalidate: the next visitor gets the old page at once, and if the CMS is
    // down then, the old page simply stays.
    revalidate: (tag) => revalidateTag(tag, proxies.length ? { expire: 0 } : 'max'),
    purge: (tags) => purgeProxies(tags, { store: sharedTagStore(), proxies }),
  })
}

const refuse = methodNotAllowed('POST')
export { refuse as GET, refuse as HEAD, refuse as PUT, refuse as PATCH, refuse as DELETE }
