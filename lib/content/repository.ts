import type { z } from 'zod'
import type { Locale } from '../i18n/routing'
import * as queries from './queries'
import type * as Results from './sanity.types'
import { activitySchema, iatiActivitySchema, reportingActivitySchema } from './schemas/activity'
import { clusterSchema } from './schemas/cluster'
import {
  routableActivities,
  withActivityCounts,
  withClusters,
  withRoutableActivities,
} from './schemas/joins'
import type { SchemaFor } from './schemas/matches-query'
import { projectSchema, projectSummarySchema } from './schemas/project'
import { RouteIndex, routeIndexSchema, type RoutableProject } from './schemas/routes'
import { validItem, validItems } from './schemas/validate'
import type { QueryParams } from './sources/types'
import { TAGS } from './tags'

/** Runs a query; `tags` name what it reads so that a cache in front of it can be invalidated. */
export type QueryRunner = (query: string, params: QueryParams, tags: string[]) => Promise<unknown>

/** Each query with the TypeGen type of its result, so schemas are checked against it. */
type QueryResults = {
  routeIndexQuery: Results.RouteIndexQueryResult
  projectsQuery: Results.ProjectsQueryResult
  projectQuery: Results.ProjectQueryResult
  clusterQuery: Results.ClusterQueryResult
  activityQuery: Results.ActivityQueryResult
  projectActivitiesQuery: Results.ProjectActivitiesQueryResult
  allActivitiesQuery: Results.AllActivitiesQueryResult
  iatiActivitiesQuery: Results.IatiActivitiesQueryResult
}
type ItemOf<T> = T extends readonly (infer Item)[] ? Item : T

/** A page address: the project, and maybe one cluster or activity of it. */
export type RouteParams = { project: string; cluster?: string; activity?: string }

/** Whether an address leads to a page, to the new address of a renamed document, or nowhere. */
export type RouteResolution =
  | { status: 'found'; project: RoutableProject }
  | { status: 'moved'; to: RouteParams }
  | { status: 'missing' }

/**
 * The portal's content API: pages receive validated app types and never see GROQ. The runner
 * decides where queries run and how results are cached. Every lookup by slug goes through the
 * route index first, so an address that leads nowhere runs no other query and caches nothing.
 */
export function createRepository(run: QueryRunner) {
  function fetch<N extends keyof QueryResults>(name: N, params: QueryParams, tags: string[]) {
    return run(queries[name], params, tags)
  }
  /** One document, validated against the schema tied (at compile time) to the query's type. */
  async function one<N extends keyof QueryResults, S extends z.ZodType>(
    name: N,
    schema: S & SchemaFor<QueryResults[N], S>,
    what: string,
    params: QueryParams,
    tags: string[],
  ) {
    return validItem(schema, await fetch(name, params, tags), what)
  }
  /** A list whose items are validated one by one (a broken item is logged and left out). */
  async function many<N extends keyof QueryResults, S extends z.ZodType>(
    name: N,
    schema: S & SchemaFor<ItemOf<QueryResults[N]>, S>,
    what: string,
    params: QueryParams,
    tags: string[],
  ) {
    return validItems(schema, await fetch(name, params, tags), what)
  }

  async function routeIndex(): Promise<RouteIndex> {
    const index = await one('routeIndexQuery', routeIndexSchema, 'route index', {}, [TAGS.routes])
    return index ?? new RouteIndex([])
  }

  async function resolve(route: RouteParams): Promise<RouteResolution> {
    const index = await routeIndex()
    const current = index.project(route.project)
    const project = current ?? index.projectRedirect(route.project)
    if (!project) return { status: 'missing' }
    const to: RouteParams = { project: project.slug }
    let moved = !current
    for (const kind of ['cluster', 'activity'] as const) {
      const slug = route[kind]
      if (slug === undefined) continue
      const found =
        kind === 'cluster' ? index.cluster(project, slug) : index.activity(project, slug)
      const target =
        found ??
        (kind === 'cluster'
          ? index.clusterRedirect(project, slug)
          : index.activityRedirect(project, slug))
      if (!target) return { status: 'missing' }
      to[kind] = target.slug
      moved ||= !found
    }
    return moved ? { status: 'moved', to } : { status: 'found', project }
  }

  /** The routable project with this current slug (no redirects: pages resolve those first). */
  async function projectAt(slug: string) {
    const index = await routeIndex()
    const project = index.project(slug)
    return project ? { index, project } : null
  }

  return {
    getRouteIndex: routeIndex,
    resolve,

    async getHomeProjectSlug(): Promise<string | null> {
      return (await routeIndex()).home?.slug ?? null
    },

    async getProjects(locale: Locale) {
      const index = await routeIndex()
      const tags = [TAGS.projects, TAGS.organizations, TAGS.sources]
      const projects = await many(
        'projectsQuery',
        projectSummarySchema(locale),
        'project',
        {},
        tags,
      )
      return withActivityCounts(projects, index)
    },

    async getProject(locale: Locale, slug: string) {
      const found = await projectAt(slug)
      if (!found) return null
      const tags = [
        TAGS.project(slug),
        TAGS.projectContents(slug),
        TAGS.organizations,
        TAGS.sources,
      ]
      const project = await one(
        'projectQuery',
        projectSchema(locale),
        'project',
        { id: found.project.id },
        tags,
      )
      return project && withClusters(project, found.index)
    },

    async getCluster(locale: Locale, projectSlug: string, slug: string) {
      const found = await projectAt(projectSlug)
      const cluster = found && found.index.cluster(found.project, slug)
      if (!found || !cluster) return null
      const tags = [
        TAGS.project(projectSlug),
        TAGS.cluster(projectSlug, slug),
        TAGS.organizations,
        TAGS.sources,
      ]
      const result = await one(
        'clusterQuery',
        clusterSchema(locale),
        'thematic cluster',
        { id: cluster.id },
        tags,
      )
      return result && withRoutableActivities(result, found.index)
    },

    async getActivity(locale: Locale, projectSlug: string, slug: string) {
      const found = await projectAt(projectSlug)
      const activity = found && found.index.activity(found.project, slug)
      if (!found || !activity) return null
      const tags = [
        TAGS.project(projectSlug),
        TAGS.activity(projectSlug, slug),
        TAGS.organizations,
        TAGS.sources,
      ]
      return one('activityQuery', activitySchema(locale), 'activity', { id: activity.id }, tags)
    },

    /** The activities of a project (null when there is no such project). */
    async getProjectActivities(locale: Locale, projectSlug: string) {
      const found = await projectAt(projectSlug)
      if (!found) return null
      const tags = [
        TAGS.project(projectSlug),
        TAGS.projectActivities(projectSlug),
        TAGS.organizations,
        TAGS.sources,
      ]
      const params = { projectId: found.project.id }
      const activities = await many(
        'projectActivitiesQuery',
        reportingActivitySchema(locale),
        'activity',
        params,
        tags,
      )
      return routableActivities(activities, found.index)
    },

    /** The activities of a project as its IATI file needs them (null when there is no such project). */
    async getIatiActivities(locale: Locale, projectSlug: string) {
      const found = await projectAt(projectSlug)
      if (!found) return null
      const tags = [
        TAGS.project(projectSlug),
        TAGS.projectActivities(projectSlug),
        TAGS.organizations,
        TAGS.sources,
      ]
      const activities = await many(
        'iatiActivitiesQuery',
        iatiActivitySchema(locale),
        'activity',
        { projectId: found.project.id },
        tags,
      )
      return activities.filter((activity) => found.index.isRoutable(activity.id))
    },

    async getAllActivities(locale: Locale) {
      const index = await routeIndex()
      const tags = [TAGS.projects, TAGS.organizations, TAGS.sources]
      const activities = await many(
        'allActivitiesQuery',
        reportingActivitySchema(locale),
        'activity',
        {},
        tags,
      )
      return routableActivities(activities, index)
    },
  }
}
