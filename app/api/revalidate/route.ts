import { revalidateTag } from 'next/cache'
import { methodNotAllowed } from '@/lib/method-not-allowed'
import { readWebhookSecret } from '@/lib/revalidation/config'
import { handleWebhook } from '@/lib/revalidation/handle-webhook'

export const dynamic = 'force-dynamic'

/** Sanity's webhook (see README, "Webhook"): signed, validated, then the affected tags refresh. */
export function POST(request: Request) {
  return handleWebhook(request, {
    secret: () => readWebhookSecret(),
    // Stale-while-revalidate: the next visitor gets the old page at once and triggers the
    // rebuild; if the CMS is down then, the old page simply stays.
    revalidate: (tag) => revalidateTag(tag, 'max'),
  })
}

const refuse = methodNotAllowed('POST')
export { refuse as GET, refuse as HEAD, refuse as PUT, refuse as PATCH, refuse as DELETE }
