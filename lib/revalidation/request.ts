export const SIGNATURE_HEADER = 'sanity-webhook-signature'

/** Sanity's webhook bodies are a few hundred bytes; anything far larger is refused unread. */
export const MAX_BODY_BYTES = 64 * 1024

/** Reads a request body as text, or returns null as soon as it exceeds `limit` bytes. */
export async function readBodyWithLimit(request: Request, limit: number): Promise<string | null> {
  const declared = Number(request.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > limit) return null
  if (!request.body) return ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}
