import { revalidateTag } from 'next/cache'
import { type NextRequest, NextResponse } from 'next/server'
import { ConfigurationError } from '@/lib/content/config'
import { readWebhookSecret } from '@/lib/revalidation/config'
import { webhookPayloadSchema } from '@/lib/revalidation/payload'
import { SIGNATURE_HEADER, readBodyWithLimit, MAX_BODY_BYTES } from '@/lib/revalidation/request'
import { verifySignature } from '@/lib/revalidation/signature'
import { tagsForChange } from '@/lib/revalidation/tags-for-change'
import { methodNotAllowed } from '@/lib/method-not-allowed'

export const dynamic = 'force-dynamic'

function fail(status: number, error: string) {
  return NextResponse.json(
    { revalidated: [], error },
    { status, headers: { 'cache-control': 'no-store' } },
  )
}

/**
 * Sanity's GROQ-powered webhook: verifies the signature, validates the body and revalidates the
 * cache tags of the changed document. Nothing is revalidated unless the signature is valid.
 */
export async function POST(request: NextRequest) {
  let secret: string
  try {
    secret = readWebhookSecret()
  } catch (error) {
    if (error instanceof ConfigurationError) {
      console.error(`[revalidate] ${error.message}`)
      return fail(503, 'revalidation is not configured')
    }
    throw error
  }

  const body = await readBodyWithLimit(request, MAX_BODY_BYTES)
  if (body === null) return fail(413, `body larger than ${MAX_BODY_BYTES} bytes`)

  const signature = await verifySignature(body, request.headers.get(SIGNATURE_HEADER), secret)
  if (!signature.ok) return fail(401, signature.reason)

  let json: unknown
  try {
    json = JSON.parse(body)
  } catch {
    return fail(400, 'body is not JSON')
  }
  const payload = webhookPayloadSchema.safeParse(json)
  if (!payload.success) {
    return fail(
      400,
      `unexpected body: ${payload.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
    )
  }

  const tags = tagsForChange(payload.data)
  // Stale-while-revalidate: the next visitor gets the old page at once and triggers the rebuild;
  // if the CMS is down then, the old page simply stays.
  for (const tag of tags) revalidateTag(tag, 'max')
  console.info(`[revalidate] ${payload.data._type} ${payload.data._id}: ${tags.join(', ')}`)
  return NextResponse.json(
    { revalidated: tags, now: Date.now() },
    { headers: { 'cache-control': 'no-store' } },
  )
}

const refuse = methodNotAllowed('POST')
export { refuse as GET, refuse as HEAD, refuse as PUT, refuse as PATCH, refuse as DELETE }
