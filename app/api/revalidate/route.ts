import { revalidateTag } from 'next/cache'
import { sharedTagStore } from '@/lib/cache/shared-tags'
import { serverEnv } from '@/lib/env/server'
import { methodsNotAllowed } from '@/lib/method-not-allowed'
import { readWebhookSecret } from '@/lib/revalidation/config'
import { handleWebhook } from '@/lib/revalidation/handle-webhook'
import { purgeProxies } from '@/lib/revalidation/purge'

export const dynamic = 'force-dynamic'

/**
 * Sanity's webhook (see docs/operations.md, "Webhook"): signed, validated, then the affected tags
 * refresh.
 */
export function POST(request: Request) {
  const proxies = serverEnv().PROXY_PURGE_URLS ?? []
  return handleWebhook(request, {
    secret: () => readWebhookSecret(),
    // Expire at once, alone or behind caching proxies: the first request after the webhook
    // renders the new page (a new, renamed or deleted document is right on the first try), and a
    // proxy never keeps the old one. If the CMS is down then, the content source answers with the
    // last good content (kept on disk), so the page still renders.
    revalidate: (tag) => revalidateTag(tag, { expire: 0 }),
    purge: (tags) => purgeProxies(tags, { store: sharedTagStore(), proxies }),
  })
}

export const { GET, HEAD, PUT, PATCH, DELETE } = methodsNotAllowed('/api/revalidate')
