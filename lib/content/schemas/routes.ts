/**
 * The one definition of "a valid, routable document", used by pages, lists, the sitemap and the
 * exports alike. A document has a page when it is published, has a valid slug and title, and (for
 * clusters and activities) belongs to a routable project, and (for activities) to a routable
 * cluster of the same project. Where two documents of a kind share a slug in one project, the first
 * by id keeps it and the other is logged and left out everywhere.
 */
import { z } from 'zod'
import { routing } from '@/lib/i18n/routing'
import { isoDate, listOf, localizedFields, order, slug } from './primitives'
import { reportSkipped } from './validate'

/** Validity does not depend on the page language: a title in any language will do. */
const fields = localizedFields(routing.defaultLocale)

const slugHistory = z
  .array(z.unknown())
  .nullish()
  .transform((values) => (values ?? []).filter((value) => slug.safeParse(value).success))
  .pipe(z.array(z.string()))

const routeBase = {
  id: z.string(),
  slug,
  previousSlugs: slugHistory,
  _updatedAt: z.string(),
  title: fields.title.required,
}

/** What every routable document keeps: its id, slugs (current and earlier) and last change. */
function routeOf(raw: { id: string; slug: string; previousSlugs: string[]; _updatedAt: string }) {
  return { id: raw.id, slug: raw.slug, previousSlugs: raw.previousSlugs, updatedAt: raw._updatedAt }
}

const projectRoute = z
  .object({
    ...routeBase,
    featured: z.boolean().nullish(),
    startDate: isoDate,
  })
  .transform((raw) => ({
    ...routeOf(raw),
    featured: raw.featured === true,
    startDate: raw.startDate,
  }))

const clusterRoute = z
  .object({ ...routeBase, order, project: z.string('no project') })
  .transform((raw) => ({ ...routeOf(raw), order: raw.order, project: raw.project }))

const activityRoute = z
  .object({
    ...routeBase,
    order,
    project: z.string('no project'),
    cluster: z.string('no thematic cluster'),
  })
  .transform((raw) => ({
    ...routeOf(raw),
    order: raw.order,
    project: raw.project,
    cluster: raw.cluster,
  }))

type Routed = { id: string; slug: string; previousSlugs: string[] }

/** Keeps the first document (by id) for each slug; logs the others. */
function uniqueSlugs<T extends Routed>(items: T[], what: string): T[] {
  const seen = new Map<string, string>()
  return items.filter((item) => {
    const first = seen.get(item.slug)
    if (first === undefined) {
      seen.set(item.slug, item.id)
      return true
    }
    reportSkipped(what, item, `slug "${item.slug}" is already used by ${first}`)
    return false
  })
}

/** Slugs that used to lead to a document and are not anyone's current slug. */
function redirectsOf<T extends Routed>(items: T[]): Map<string, T> {
  const current = new Set(items.map((item) => item.slug))
  const redirects = new Map<string, T>()
  for (const item of items) {
    for (const old of item.previousSlugs) {
      if (!current.has(old) && !redirects.has(old)) redirects.set(old, item)
    }
  }
  return redirects
}

export type ProjectRoute = z.output<typeof projectRoute>
export type ClusterRoute = z.output<typeof clusterRoute>
export type ActivityRoute = z.output<typeof activityRoute>
export type RoutableProject = ProjectRoute & {
  clusters: ClusterRoute[]
  activities: ActivityRoute[]
}

/** The newest of these ISO date-times, or null when there are none. */
export function newestOf(dates: string[]): string | null {
  return dates.reduce<string | null>(
    (latest, date) => (latest === null || Date.parse(date) > Date.parse(latest) ? date : latest),
    null,
  )
}

/** When a project's pages last changed: the newest change of it, its clusters and activities. */
export function latestChange(project: {
  updatedAt: string
  clusters: { updatedAt: string }[]
  activities: { updatedAt: string }[]
}): string {
  const dates = [
    project.updatedAt,
    ...project.clusters.map((cluster) => cluster.updatedAt),
    ...project.activities.map((activity) => activity.updatedAt),
  ]
  return newestOf(dates) ?? project.updatedAt
}

/** The routable documents and the redirects of renamed ones, built from the route index query. */
export const routeIndexSchema = z
  .object({
    projects: listOf(projectRoute, 'project'),
    clusters: listOf(clusterRoute, 'thematic cluster'),
    activities: listOf(activityRoute, 'activity'),
  })
  .transform((raw) => {
    const projects = uniqueSlugs(raw.projects, 'project')
    const projectIds = new Set(projects.map((project) => project.id))

    const clusters = raw.clusters.filter(
      (cluster) =>
        projectIds.has(cluster.project) ||
        (reportSkipped('thematic cluster', cluster, 'its project has no page'), false),
    )
    const clusterProject = new Map(clusters.map((cluster) => [cluster.id, cluster.project]))
    const activities = raw.activities.filter((activity) => {
      const owner = clusterProject.get(activity.cluster)
      if (projectIds.has(activity.project) && owner === activity.project) return true
      reportSkipped(
        'activity',
        activity,
        owner === undefined
          ? 'its thematic cluster has no page'
          : 'its thematic cluster belongs to another project',
      )
      return false
    })

    const byProject = projects.map((project): RoutableProject => {
      const ownClusters = uniqueSlugs(
        clusters.filter((cluster) => cluster.project === project.id),
        'thematic cluster',
      )
      const clusterIds = new Set(ownClusters.map((cluster) => cluster.id))
      const ownActivities = uniqueSlugs(
        activities.filter(
          (activity) => activity.project === project.id && clusterIds.has(activity.cluster),
        ),
        'activity',
      )
      return { ...project, clusters: ownClusters, activities: ownActivities }
    })
    return new RouteIndex(byProject)
  })

/** Lookups over the routable documents: by slug, by id, and through earlier slugs. */
export class RouteIndex {
  readonly projects: RoutableProject[]
  private readonly bySlug: Map<string, RoutableProject>
  private readonly projectRedirects: Map<string, RoutableProject>
  private readonly ids: Set<string>

  constructor(projects: RoutableProject[]) {
    this.projects = projects
    this.bySlug = new Map(projects.map((project) => [project.slug, project]))
    this.projectRedirects = redirectsOf(projects)
    this.ids = new Set(
      projects.flatMap((p) => [
        p.id,
        ...p.clusters.map((c) => c.id),
        ...p.activities.map((a) => a.id),
      ]),
    )
  }

  /**
   * The portal's leading project: a featured one, else the one that started last. The home page
   * shows it first, and the build prerenders its cluster and activity pages.
   */
  get home(): RoutableProject | null {
    const newestFirst = [...this.projects].sort(
      (a, b) => b.startDate.localeCompare(a.startDate) || a.id.localeCompare(b.id),
    )
    return newestFirst.find((project) => project.featured) ?? newestFirst[0] ?? null
  }

  isRoutable(id: string): boolean {
    return this.ids.has(id)
  }

  project(slug: string) {
    return this.bySlug.get(slug)
  }

  projectRedirect(slug: string) {
    return this.projectRedirects.get(slug)
  }

  cluster(project: RoutableProject, slug: string) {
    return project.clusters.find((cluster) => cluster.slug === slug)
  }

  clusterRedirect(project: RoutableProject, slug: string) {
    return redirectsOf(project.clusters).get(slug)
  }

  activity(project: RoutableProject, slug: string) {
    return project.activities.find((activity) => activity.slug === slug)
  }

  activityRedirect(project: RoutableProject, slug: string) {
    return redirectsOf(project.activities).get(slug)
  }
}
