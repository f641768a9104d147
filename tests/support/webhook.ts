import { encodeSignatureHeader } from '@sanity/webhook'

/** Signs a body the way Sanity does (`t=<ms>,v1=<HMAC>`), at a chosen time. */
export async function signedHeaders(body: string, secret: string, timestamp = Date.now()) {
  return {
    'content-type': 'application/json',
    'sanity-webhook-signature': await encodeSignatureHeader(body, timestamp, secret),
  }
}

/** The webhook body Sanity sends when the "National census" activity changes. */
export const NATIONAL_CENSUS_CHANGE = {
  _id: 'activity.national-census',
  _type: 'activity',
  slug: 'national-census',
  previousSlug: 'national-census',
  projectSlug: 'secure-borders-safe-migration',
  clusterSlug: 'migration-data-management',
  previousClusterSlug: 'migration-data-management',
  routesChanged: false,
}
