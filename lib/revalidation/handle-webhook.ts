import { ConfigurationError } from '@/lib/env/schema'
import { webhookPayloadSchema } from './payload'
import { MAX_BODY_BYTES, SIGNATURE_HEADER, readBodyWithLimit } from './request'
import { verifySignature } from './signature'
import { tagsForChange } from './tags-for-change'

export type WebhookDeps = {
  /** The shared secret; throws a ConfigurationError when it is not configured. */
  secret: () => string
  /** Invalidates one cache tag. */
  revalidate: (tag: string) => void | Promise<void>
  /** Then drops cached copies outside the instances (the caching proxies), if there are any. */
  purge?: (tags: string[]) => Promise<{ proxies: number; failed: string[] }>
  log?: Pick<Console, 'info' | 'error'>
  now?: () => number
}

function answer(status: number, body: object) {
  return Response.json(body, { status, headers: { 'cache-control': 'no-store' } })
}

const fail = (status: number, error: string) => answer(status, { revalidated: [], error })

/**
 * Sanity's GROQ-powered webhook: verifies the signature, validates the body and revalidates the
 * cache tags of the changed document. Nothing is revalidated unless the signature is valid.
 */
export async function handleWebhook(request: Request, deps: WebhookDeps): Promise<Response> {
  const log = deps.log ?? console
  let secret: string
  try {
    secret = deps.secret()
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error
    log.error(`[revalidate] ${error.message}`)
    return fail(503, 'revalidation is not configured')
  }

  let body: string | null
  try {
    body = await readBodyWithLimit(request, MAX_BODY_BYTES)
  } catch {
    // The sender went away mid-body (a client abort): nothing to answer, one line to log.
    log.info('[revalidate] request body aborted by the client; nothing revalidated')
    return fail(400, 'body could not be read')
  }
  if (body === null) return fail(413, `body larger than ${MAX_BODY_BYTES} bytes`)

  const signature = await verifySignature(
    body,
    request.headers.get(SIGNATURE_HEADER),
    secret,
    deps.now?.(),
  )
  if (!signature.ok) return fail(401, signature.reason)

  let json: unknown
  try {
    json = JSON.parse(body)
  } catch {
    return fail(400, 'body is not JSON')
  }
  const payload = webhookPayloadSchema.safeParse(json)
  if (!payload.success) {
    const problems = payload.error.issues.map((i) => `${i.path.join('.')} ${i.message}`)
    return fail(400, `unexpected body: ${problems.join('; ')}`)
  }

  const tags = tagsForChange(payload.data)
  for (const tag of tags) await deps.revalidate(tag)
  log.info(`[revalidate] ${payload.data._type} ${payload.data._id}: ${tags.join(', ')}`)
  const purge = deps.purge ? await deps.purge(tags) : { proxies: 0, failed: [] }
  if (purge.failed.length) {
    // A proxy would keep the old pages: fail, so that Sanity sends the webhook again.
    log.error(`[revalidate] proxy purge failed: ${purge.failed.join('; ')}`)
    return answer(502, { revalidated: tags, purged: 0, error: 'proxy purge failed' })
  }
  return answer(200, { revalidated: tags, purged: purge.proxies, now: Date.now() })
}
