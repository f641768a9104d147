import 'server-only'
import { getRouteSlugs } from './index'

/** Prerender every project, cluster and activity page at build time (per locale, via the layout). */
export async function projectParams() {
  return (await getRouteSlugs()).map((project) => ({ project: project.slug }))
}

export async function clusterParams() {
  return (await getRouteSlugs()).flatMap((project) =>
    project.clusters.map((cluster) => ({ project: project.slug, cluster: cluster.slug })),
  )
}

export async function activityParams() {
  return (await getRouteSlugs()).flatMap((project) =>
    project.activities.map((activity) => ({ project: project.slug, activity: activity.slug })),
  )
}
