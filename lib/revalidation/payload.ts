import { z } from 'zod'

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .max(96)

/**
 * The body Sanity sends, shaped by the webhook's GROQ projection (see README, "Webhook"):
 * the changed document's type and slugs, before and after the change.
 */
export const webhookPayloadSchema = z.object({
  _id: z.string().min(1).max(200),
  _type: z.enum(['project', 'objective', 'thematicCluster', 'activity', 'organization']),
  slug: slug.nullish(),
  previousSlug: slug.nullish(),
  projectSlug: slug.nullish(),
  clusterSlug: slug.nullish(),
  previousClusterSlug: slug.nullish(),
})

export type WebhookPayload = z.infer<typeof webhookPayloadSchema>

/** The projection to paste into the Sanity webhook; it produces exactly the payload above. */
export const WEBHOOK_PROJECTION = `{
  _id,
  _type,
  "slug": slug.current,
  "previousSlug": before().slug.current,
  "projectSlug": select(_type == "project" => slug.current, project->slug.current),
  "clusterSlug": cluster->slug.current,
  "previousClusterSlug": *[_id == ^.before().cluster._ref][0].slug.current
}`

export const WEBHOOK_FILTER =
  '_type in ["project", "objective", "thematicCluster", "activity", "organization"]'
