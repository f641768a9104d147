import 'server-only'
import { getRouteSlugs } from './index'

/**
 * What is prerendered at build: every project's overview and objectives, and the cluster and
 * activity pages of the home (featured, else newest) project. Other projects' cluster and activity
 * pages are rendered on their first request and cached like the rest, so builds stay short when
 * the portal holds many projects (see bench/results/SUMMARY.md, "Scale").
 */
export async function projectParams() {
  return (await getRouteSlugs()).map((project) => ({ project: project.slug }))
}

async function homeProject() {
  const projects = await getRouteSlugs()
  return projects.find((project) => project.featured) ?? projects[0]
}

export async function clusterParams() {
  const project = await homeProject()
  return project
    ? project.clusters.map((cluster) => ({ project: project.slug, cluster: cluster.slug }))
    : []
}

export async function activityParams() {
  const project = await homeProject()
  return project
    ? project.activities.map((activity) => ({ project: project.slug, activity: activity.slug }))
    : []
}
