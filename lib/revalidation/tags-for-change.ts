import { documentTypes } from '@/lib/content/catalog'
import { TAGS } from '@/lib/content/tags'
import type { WebhookPayload } from './payload'

/**
 * Which cached content a changed document affects: what its type declares (lib/content/catalog.ts,
 * `documentTypes`), plus the route index when pages may have appeared, disappeared or moved.
 */
export function tagsForChange(change: WebhookPayload): string[] {
  const type = documentTypes[change._type]
  const tags = type.changed({
    slugs: [change.slug, change.previousSlug].filter((s): s is string => Boolean(s)),
    project: change.projectSlug ?? null,
    clusters: [change.clusterSlug, change.previousClusterSlug].filter((s): s is string =>
      Boolean(s),
    ),
  })
  // `routesChanged` unknown (a webhook configured before the field existed): refresh to be safe.
  if (type.movesPages && change.routesChanged !== false) tags.unshift(TAGS.routes)
  return [...new Set(tags)]
}
