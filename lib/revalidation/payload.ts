import { z } from 'zod'
import { documentTypes, type DocumentTypeName } from '@/lib/content/catalog'
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from '@/lib/content/slug'

const slug = z.string().max(SLUG_MAX_LENGTH).regex(SLUG_PATTERN)

/**
 * The body Sanity sends, shaped by the webhook's GROQ projection (see docs/operations.md,
 * "Webhook"): the changed document's type and slugs, before and after the change.
 */
export const webhookPayloadSchema = z.object({
  _id: z.string().min(1).max(200),
  _type: z.custom<DocumentTypeName>(isDocumentType, 'not a document type pages show'),
  slug: slug.nullish(),
  previousSlug: slug.nullish(),
  projectSlug: slug.nullish(),
  clusterSlug: slug.nullish(),
  previousClusterSlug: slug.nullish(),
  /** Whether pages appear, disappear or move (false for an edit of their content). */
  routesChanged: z.boolean().nullish(),
})

export type WebhookPayload = z.infer<typeof webhookPayloadSchema>

/**
 * The projection to paste into the Sanity webhook (docs/operations.md, "Webhook"); it produces
 * exactly the payload above. Webhook projections run in Sanity's delta mode, where sub-queries
 * (`*[…]`) are not available but `before()`, `after()` and `->` are. A test evaluates it with
 * groq-js's delta mode and checks that docs/operations.md shows it verbatim.
 */
export const WEBHOOK_PROJECTION = `{
  _id,
  _type,
  "slug": slug.current,
  "previousSlug": before().slug.current,
  "projectSlug": select(_type == "project" => slug.current, project->slug.current),
  "clusterSlug": cluster->slug.current,
  "previousClusterSlug": before().cluster->slug.current,
  "routesChanged": delta::operation() != "update" || delta::changedAny((slug, project, cluster, featured, startDate, publishedAt)) || (_type == "update" && delta::changedAny(title))
}`

function isDocumentType(value: unknown): value is DocumentTypeName {
  return typeof value === 'string' && Object.hasOwn(documentTypes, value)
}

/** The webhook's filter: the document types whose changes pages show. */
export const WEBHOOK_FILTER = `_type in [${Object.keys(documentTypes)
  .map((type) => JSON.stringify(type))
  .join(', ')}]`
