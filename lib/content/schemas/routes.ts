/**
 * The one definition of "a valid, routable document", used by pages, lists, the sitemap and the
 * exports alike. A document has a page when it is published, has a valid slug and title, and (for
 * clusters and activities) belongs to a routable project, and (for activities) to a routable
 * cluster of the same project. Where two documents of a kind share a slug in one project, the first
 * by id keeps it and the other is logged and left out everywhere.
 */
import { z } from 'zod'
import { routing, type Locale } from '@/lib/i18n/routing'
import { isoDate, listOf, localizedFields, order, slug } from './primitives'
import { isoDateTime } from './update'
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

/** The languages a localised title is written in. */
const titleLanguages = z
  .record(z.string(), z.unknown())
  .nullish()
  .transform((values) =>
    routing.locales.filter((locale) => {
      const text = values?.[locale]
      return typeof text === 'string' && text.trim().length > 0
    }),
  )

/**
 * An update: shown from `publishedAt` on, in the languages its title is written in (an update
 * written in one language has no page, list entry, feed entry or sitemap entry in the other).
 */
const updateRoute = z
  .object({
    ...routeBase,
    publishedAt: isoDateTime,
    title: titleLanguages.refine((languages) => languages.length > 0, 'empty in every language'),
  })
  .transform((raw) => ({
    ...routeOf(raw),
    publishedAt: raw.publishedAt,
    time: Date.parse(raw.publishedAt),
    languages: raw.title,
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

/** The items by a key, each group in the list's order. */
function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const key = keyOf(item)
    const group = groups.get(key)
    if (group) group.push(item)
    else groups.set(key, [item])
  }
  return groups
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
export type UpdateRoute = z.output<typeof updateRoute>
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
    updates: listOf(updateRoute, 'update'),
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

    // Grouped once: filtering the whole lists per project was quadratic (at 1,000 projects, tens
    // of seconds per route index).
    const clustersOf = groupBy(clusters, (cluster) => cluster.project)
    const activitiesOf = groupBy(activities, (activity) => activity.project)
    const byProject = projects.map((project): RoutableProject => {
      const ownClusters = uniqueSlugs(clustersOf.get(project.id) ?? [], 'thematic cluster')
      const clusterIds = new Set(ownClusters.map((cluster) => cluster.id))
      const ownActivities = uniqueSlugs(
        (activitiesOf.get(project.id) ?? []).filter((activity) => clusterIds.has(activity.cluster)),
        'activity',
      )
      return { ...project, clusters: ownClusters, activities: ownActivities }
    })
    return { projects: byProject, updates: uniqueSlugs(raw.updates, 'update') }
  })

/** The route index's data, before the clock decides which updates are out. */
export type RouteData = z.output<typeof routeIndexSchema>

/** Backstop of every cached read (seconds); see lib/content/index.ts. */
const MAX_REVALIDATE_SECONDS = 3600

/**
 * Which updates are out at a moment (`now`, in ms), and when the next one comes out.
 *
 * Scheduled updates appear without a rebuild: update reads filter `publishedAt <= $cutoff` in
 * GROQ, where `$cutoff` is the publication time of the newest update already out (not the clock,
 * so a cache key changes only when an update comes out: the cache stays bounded by the number of
 * updates), and they are cached for no longer than until the next scheduled publication
 * (`revalidateSeconds`), which also shortens the revalidation time of each page that shows them.
 */
export class UpdateSchedule {
  /** Every update with a page in some language, newest first. */
  private readonly all: UpdateRoute[]
  private readonly now: number

  constructor(updates: UpdateRoute[], now: number) {
    this.all = [...updates].sort((a, b) => b.time - a.time || a.id.localeCompare(b.id))
    this.now = now
  }

  /** The updates out by now (any language), newest first. */
  private get out(): UpdateRoute[] {
    return this.all.filter((update) => update.time <= this.now)
  }

  /** The updates a page in `locale` may show, newest first. */
  visible(locale: Locale): UpdateRoute[] {
    return this.out.filter((update) => update.languages.includes(locale))
  }

  isVisible(id: string, locale: Locale): boolean {
    return this.visible(locale).some((update) => update.id === id)
  }

  /** The update out by now in `locale` under this slug. */
  bySlug(slug: string, locale: Locale): UpdateRoute | undefined {
    return this.visible(locale).find((update) => update.slug === slug)
  }

  /** The update (out by now in `locale`) that had this slug before it was renamed. */
  redirect(slug: string, locale: Locale): UpdateRoute | undefined {
    return redirectsOf(this.visible(locale)).get(slug)
  }

  /** The `$cutoff` param of the update reads: when the newest update out came out. */
  get cutoff(): string {
    return new Date(this.out[0]?.time ?? 0).toISOString()
  }

  /** How long an update read may be cached: until the next scheduled update at most (seconds). */
  get revalidateSeconds(): number {
    const next = this.all.filter((update) => update.time > this.now).at(-1)
    if (!next) return MAX_REVALIDATE_SECONDS
    const seconds = Math.ceil((next.time - this.now) / 1000)
    return Math.max(1, Math.min(MAX_REVALIDATE_SECONDS, seconds))
  }
}

type Lookups = {
  bySlug: Map<string, RoutableProject>
  projectRedirects: Map<string, RoutableProject>
  ids: Set<string>
}

/**
 * The lookups of a list of projects, built once per list: a route index is made per request (its
 * clock differs) from the same validated list (lib/content/repository.ts).
 */
const lookupCache = new WeakMap<RoutableProject[], Lookups>()

function lookupsOf(projects: RoutableProject[]): Lookups {
  const known = lookupCache.get(projects)
  if (known) return known
  const lookups = {
    bySlug: new Map(projects.map((project) => [project.slug, project])),
    projectRedirects: redirectsOf(projects),
    ids: new Set(
      projects.flatMap((p) => [
        p.id,
        ...p.clusters.map((c) => c.id),
        ...p.activities.map((a) => a.id),
      ]),
    ),
  }
  lookupCache.set(projects, lookups)
  return lookups
}

/** Lookups over the routable documents: by slug, by id, and through earlier slugs. */
export class RouteIndex {
  readonly projects: RoutableProject[]
  readonly updates: UpdateSchedule
  private readonly bySlug: Map<string, RoutableProject>
  private readonly projectRedirects: Map<string, RoutableProject>
  private readonly ids: Set<string>

  /** `now` (ms): the moment the index answers for (which updates are out). */
  constructor(projects: RoutableProject[], updates: UpdateRoute[] = [], now = Date.now()) {
    this.projects = projects
    this.updates = new UpdateSchedule(updates, now)
    const lookups = lookupsOf(projects)
    this.bySlug = lookups.bySlug
    this.projectRedirects = lookups.projectRedirects
    this.ids = lookups.ids
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
