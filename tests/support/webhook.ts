import { encodeSignatureHeader } from '@sanity/webhook'

/** Signs a body the way Sanity does (`t=<ms>,v1=<HMAC>`), at a chosen time. */
export async function signedHeaders(body: string, secret: string, timestamp = Date.now()) {
  return {
    'content-type': 'application/json',
    'sanity-webhook-signature': await encodeSignatureHeader(body, timestamp, secret),
  }
}
