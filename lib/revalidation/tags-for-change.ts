import { TAGS } from '@/lib/content/tags'
import type { WebhookPayload } from './payload'

/**
 * Which cached content a changed document affects. A changed activity refreshes its page, its
 * cluster page (old and new, if it moved), the project overview and the lists; a cluster's title
 * shows on every activity page of the project, so a cluster change refreshes the whole project.
 * A result shows on its project's overview, cluster and activity pages (all tagged with the
 * project); a cited page (source) shows wherever facts are sourced, so it refreshes all of those.
 */
export function tagsForChange(change: WebhookPayload): string[] {
  const tags = new Set<string>()
  const slugs = [change.slug, change.previousSlug].filter((s): s is string => Boolean(s))
  const project = change.projectSlug
  // Unknown (a webhook configured before the field existed): refresh the routes to be safe.
  if (
    change.routesChanged !== false &&
    change._type !== 'organization' &&
    change._type !== 'objective' &&
    change._type !== 'result' &&
    change._type !== 'source'
  ) {
    tags.add(TAGS.routes)
  }

  switch (change._type) {
    case 'project':
      tags.add(TAGS.projects)
      for (const slug of slugs) tags.add(TAGS.project(slug))
      break
    case 'objective':
      if (project) tags.add(TAGS.projectContents(project))
      break
    case 'thematicCluster':
      tags.add(TAGS.projects)
      if (project) tags.add(TAGS.project(project))
      break
    case 'activity':
      tags.add(TAGS.projects)
      if (project) {
        tags.add(TAGS.projectContents(project))
        tags.add(TAGS.projectActivities(project))
        for (const slug of slugs) tags.add(TAGS.activity(project, slug))
        for (const cluster of [change.clusterSlug, change.previousClusterSlug]) {
          if (cluster) tags.add(TAGS.cluster(project, cluster))
        }
      }
      break
    case 'organization':
      tags.add(TAGS.organizations)
      break
    case 'result':
      if (project) tags.add(TAGS.project(project))
      break
    case 'source':
      tags.add(TAGS.sources)
      break
  }
  return [...tags]
}
