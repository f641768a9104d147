import 'server-only'
import { getPublishedRouteIndex } from './index'

/**
 * What is prerendered at build: every project's overview, objectives and activity list, and the
 * cluster and activity pages of the home (featured, else newest) project. Every other routable
 * page renders on its first request and is cached like the rest (pages allow dynamic params), so
 * builds stay short when the portal holds many projects (see bench/results/SUMMARY.md, "Scale").
 */
export async function projectParams() {
  return (await getPublishedRouteIndex()).projects.map((project) => ({ project: project.slug }))
}

export async function clusterParams() {
  const project = (await getPublishedRouteIndex()).home
  return project
    ? project.clusters.map((cluster) => ({ project: project.slug, cluster: cluster.slug }))
    : []
}

export async function activityParams() {
  const project = (await getPublishedRouteIndex()).home
  return project
    ? project.activities.map((activity) => ({ project: project.slug, activity: activity.slug }))
    : []
}
