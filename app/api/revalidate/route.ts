import { revalidateTag } from 'next/cache'
import { methodNotAllowed } from '@/lib/method-not-allowed'
import { readWebhookSecret } from '@/lib/revalidation/config'
import { handleWebhook } from '@/lib/revalidation/handle-webhook'

export const dynamic = 'force-dynamic'

/** Sanity's webhook (see README, "Webhook"): signed, validated, then the affected tags refresh. */
export function POST(request: Request) {
  return handleWebhook(request, {
    secret: () => readWebhookSecret(),
    // Expire at once: the first request after the webhook renders the new page (a new, renamed or
    // deleted document is right on the first try). If the CMS is down then, the content source
    // answers with the last good content, so the page still renders.
    revalidate: (tag) => revalidateTag(tag, { expire: 0 }),
  })
}

const notAllowed = methodNotAllowed('POST')
export {
  notAllowed as GET,
  notAllowed as HEAD,
  notAllowed as PUT,
  notAllowed as PATCH,
  notAllowed as DELETE,
}
