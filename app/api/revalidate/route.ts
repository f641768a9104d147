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
  return handleWebhook(request, {
    secret: () => readWebhookSecret(),
    // Expired at once: the next request renders the new page. With stale-while-revalidate the
    // first request after a webhook would get the old page, and a caching proxy would keep it.
    // Visitors still never wait on a render: the proxy serves its stale copy meanwhile.
    revalidate: (tag) => revalidateTag(tag, { expire: 0 }),
    purge: (tags) =>
      purgeProxies(tags, { store: sharedTagStore(), proxies: serverEnv().PROXY_PURGE_URLS ?? [] }),
  })
}

const refuse = methodNotAllowed('POST')
export { refuse as GET, refuse as HEAD, refuse as PUT, refuse as PATCH, refuse as DELETE }
