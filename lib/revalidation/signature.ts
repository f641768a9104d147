import { timingSafeEqual } from 'node:crypto'
import { decodeSignatureHeader, encodeSignatureHeader } from '@sanity/webhook'

/** Signatures older (or further in the future) than this are refused as replays. */
export const SIGNATURE_MAX_AGE_MS = 5 * 60 * 1000

export type SignatureCheck = { ok: true } | { ok: false; reason: string }

/**
 * Verifies Sanity's `sanity-webhook-signature` header (`t=<ms>,v1=<HMAC-SHA256>`) over the raw
 * body. Unlike the toolkit's own check it compares in constant time and refuses stale timestamps.
 */
export async function verifySignature(
  rawBody: string,
  header: string | null,
  secret: string,
  now: number = Date.now(),
): Promise<SignatureCheck> {
  if (!header) return { ok: false, reason: 'missing signature' }
  let timestamp: number
  let received: Buffer
  try {
    const decoded = decodeSignatureHeader(header)
    timestamp = decoded.timestamp
    received = Buffer.from(decoded.hashedPayload)
  } catch {
    return { ok: false, reason: 'malformed signature' }
  }
  if (!Number.isSafeInteger(timestamp) || Math.abs(now - timestamp) > SIGNATURE_MAX_AGE_MS) {
    return { ok: false, reason: 'stale signature' }
  }
  if (!rawBody) return { ok: false, reason: 'empty body' }
  const expectedHeader = await encodeSignatureHeader(rawBody, timestamp, secret)
  const expected = Buffer.from(decodeSignatureHeader(expectedHeader).hashedPayload)
  const valid = expected.length === received.length && timingSafeEqual(expected, received)
  return valid ? { ok: true } : { ok: false, reason: 'invalid signature' }
}
