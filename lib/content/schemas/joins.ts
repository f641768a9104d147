/**
 * Joins done in code because the queries are flat (a sub-query per item would scan the whole
 * dataset once per item in groq-js). Each also keeps only what the route index says is routable,
 * so a page never links to a document that has no page.
 */
import type { ActivityListItem, ReportingActivity } from './activity'
import type { Cluster } from './cluster'
import type { ActivityTitle, ClusterRef, ProjectDocument, ProjectSummary } from './project'
import type { RouteIndex } from './routes'

export type ClusterSummary = ClusterRef & { activities: ActivityTitle[] }

/** The project overview: its clusters, each with its activities (already in order). */
export function withClusters(project: ProjectDocument, index: RouteIndex) {
  const byCluster = new Map<string, ActivityTitle[]>()
  for (const { cluster, ...activity } of project.activities) {
    if (!cluster || !index.isRoutable(activity.id)) continue
    const list = byCluster.get(cluster) ?? []
    list.push(activity)
    byCluster.set(cluster, list)
  }
  const { activities: _flat, ...rest } = project
  const clusters: ClusterSummary[] = project.clusters
    .filter((cluster) => index.isRoutable(cluster.id))
    .map((cluster) => ({ ...cluster, activities: byCluster.get(cluster.id) ?? [] }))
  return {
    ...rest,
    clusters,
    activityCount: clusters.reduce((total, cluster) => total + cluster.activities.length, 0),
  }
}
export type Project = ReturnType<typeof withClusters>

/** The project list, each project with the number of its routable activities. */
export function withActivityCounts(projects: ProjectSummary[], index: RouteIndex) {
  return projects.flatMap((project) => {
    if (!index.isRoutable(project.id)) return []
    const routes = index.project(project.slug)
    return [{ ...project, activityCount: routes?.activities.length ?? 0 }]
  })
}
export type ProjectListItem = ReturnType<typeof withActivityCounts>[number]

/** A cluster page lists only routable activities. */
export function withRoutableActivities(cluster: Cluster, index: RouteIndex): Cluster {
  return {
    ...cluster,
    activities: cluster.activities.filter((activity: ActivityListItem) =>
      index.isRoutable(activity.id),
    ),
  }
}

/** The donor lists and exports hold routable activities only. */
export function routableActivities(activities: ReportingActivity[], index: RouteIndex) {
  return activities.filter((activity) => index.isRoutable(activity.id))
}

/** Items read by id (`_id in $ids`, which keeps no order) in the order of `ids`; missing ones left out. */
export function inOrderOf<T extends { id: string }>(items: T[], ids: readonly string[]): T[] {
  const byId = new Map(items.map((item) => [item.id, item]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}
