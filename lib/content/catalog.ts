/**
 * The portal's content, declared once. Two tables, and nothing outside this file names a query:
 *
 * - `reads`: every read a page or an export makes — its GROQ query, the zod schema of its result
 *   (tied at compile time to the query's TypeGen type), where it applies (`at`: the whole site, a
 *   project, or one cluster or activity of it, as the route index finds them), its params, the
 *   cache tags it is stored under, and the join done in code that finishes it. The repository
 *   (./repository.ts) runs any of them by name.
 * - `documentTypes`: every Sanity document type whose changes pages show, with whether a change can
 *   move pages and which tags it expires. The webhook's filter, payload and tags derive from it.
 *
 * Adding a document type is one entry in each table plus its query and schema:
 * docs/adding-a-document-type.md.
 */
import { activitySchema, iatiActivitySchema, reportingActivitySchema } from './schemas/activity'
import { activityIndexOf } from './schemas/activity-index'
import { clusterSchema } from './schemas/cluster'
import { contentTimeSchema } from './schemas/content-time'
import { z } from 'zod'
import {
  inOrderOf,
  routableActivities,
  withActivityCounts,
  withClusters,
  withRoutableActivities,
} from './schemas/joins'
import { projectSchema, projectSummarySchema } from './schemas/project'
import { siteSettingsSchema } from './schemas/site-settings'
import { updateItemSchema, updateSchema } from './schemas/update'
import { TAGS } from './tags'
import {
  activityOf,
  byIds,
  clusterOf,
  inProject,
  list,
  one,
  siteDocument,
  siteIndex,
  siteList,
  updateOf,
  createReader,
  type Clock,
  type QueryRunner,
  type SiteTarget,
  type Read,
  type Table,
} from './repository'

const byId = ({ document }: { document: { id: string } }) => ({ id: document.id })
const byProject = ({ project }: { project: { id: string } }) => ({ projectId: project.id })

/** Update reads: only what is out by now, cached until the next scheduled one at most. */
const published = {
  tags: () => [TAGS.updates],
  revalidate: ({ index }: SiteTarget) => index.updates.revalidateSeconds,
}

/** A list of ids (anything else: none). */
const projectIds = z.array(z.string()).catch([])

const table = {
  /** Every routable project with its activity count (project list, home, portal facts). */
  projects: siteList({
    query: 'projectsQuery',
    what: 'project',
    schema: projectSummarySchema,
    params: () => ({}),
    tags: () => [TAGS.projects],
    finish: (projects, { index }) => withActivityCounts(projects, index),
  }),
  /**
   * The routable projects' ids in the project list's order: the list pages them and reads only a
   * page's projects whole (`projectsByIds`). Same tags as `projects`.
   */
  projectOrder: siteIndex({
    query: 'projectOrderQuery',
    tags: () => [TAGS.projects],
    build: (raw) => projectIds.parse(raw),
    finish: (ids, { index }) => ids.filter((id) => index.isRoutable(id)),
  }),
  /** Routable projects by id, in the order asked for, with their activity counts (one page). */
  projectsByIds: list({
    query: 'projectsByIdsQuery',
    at: byIds,
    what: 'project',
    schema: projectSummarySchema,
    params: ({ ids }) => ({ ids: [...ids] }),
    tags: () => [TAGS.projects],
    finish: (projects, { index, ids }) => inOrderOf(withActivityCounts(projects, index), ids),
  }),
  /** A project overview: objectives, results, clusters with their activities. */
  project: one({
    query: 'projectQuery',
    at: inProject,
    what: 'project',
    schema: projectSchema,
    params: ({ project }) => ({ id: project.id }),
    tags: ({ project }) => [TAGS.project(project.slug), TAGS.projectContents(project.slug)],
    finish: (document, { index }) => withClusters(document, index),
  }),
  cluster: one({
    query: 'clusterQuery',
    at: clusterOf,
    what: 'thematic cluster',
    schema: clusterSchema,
    params: byId,
    tags: ({ project, document }) => [
      TAGS.project(project.slug),
      TAGS.cluster(project.slug, document.slug),
    ],
    finish: (cluster, { index }) => withRoutableActivities(cluster, index),
  }),
  activity: one({
    query: 'activityQuery',
    at: activityOf,
    what: 'activity',
    schema: activitySchema,
    params: byId,
    tags: ({ project, document }) => [
      TAGS.project(project.slug),
      TAGS.activity(project.slug, document.slug),
    ],
    finish: (activity) => activity,
  }),
  /** A project's activity list, its CSV and print view. */
  projectActivities: list({
    query: 'projectActivitiesQuery',
    at: inProject,
    what: 'activity',
    schema: reportingActivitySchema,
    params: byProject,
    tags: ({ project }) => [TAGS.project(project.slug), TAGS.projectActivities(project.slug)],
    finish: (activities, { index }) => routableActivities(activities, index),
  }),
  /** A project's activities as its IATI file needs them. */
  iatiActivities: list({
    query: 'iatiActivitiesQuery',
    at: inProject,
    what: 'activity',
    schema: iatiActivitySchema,
    params: byProject,
    tags: ({ project }) => [TAGS.project(project.slug), TAGS.projectActivities(project.slug)],
    finish: (activities, { index }) => activities.filter((a) => index.isRoutable(a.id)),
  }),
  /** When what the project's IATI file is built from last changed (its last-updated-datetime). */
  contentTime: one({
    query: 'contentTimeQuery',
    at: inProject,
    what: 'project',
    schema: contentTimeSchema,
    params: ({ project }) => ({ id: project.id }),
    tags: ({ project }) => [
      TAGS.project(project.slug),
      TAGS.projectContents(project.slug),
      TAGS.projectActivities(project.slug),
      TAGS.organizations,
      TAGS.sources,
    ],
    finish: (newest) => newest,
  }),
  /** The activity list across projects. */
  allActivities: siteList({
    query: 'allActivitiesQuery',
    what: 'activity',
    schema: reportingActivitySchema,
    params: () => ({}),
    tags: () => [TAGS.projects],
    finish: (activities, { index }) => routableActivities(activities, index),
  }),
  /**
   * What the activity list across projects filters, sorts and counts by, every routable activity
   * (./schemas/activity-index.ts): built once per content version, so that a page of the list
   * reads only its own rows whole (`activitiesByIds`). Same tags as `allActivities`.
   */
  activityIndex: siteIndex({
    query: 'activityIndexQuery',
    tags: () => [TAGS.projects],
    build: activityIndexOf,
    finish: (activities, { index }) => activities.filter((a) => index.isRoutable(a.id)),
  }),
  /** Routable activities by id, in the order asked for, as the list shows them (one page). */
  activitiesByIds: list({
    query: 'activitiesByIdsQuery',
    at: byIds,
    what: 'activity',
    schema: reportingActivitySchema,
    params: ({ ids }) => ({ ids: [...ids] }),
    tags: () => [TAGS.projects],
    finish: (activities, { index, ids }) => inOrderOf(routableActivities(activities, index), ids),
  }),
  /**
   * The updates out by now in the page's language, newest first: the updates page, the feed, the
   * home page's latest and the "Updates" lists of project, cluster and activity pages.
   */
  updates: siteList({
    query: 'updatesQuery',
    what: 'update',
    schema: updateItemSchema,
    params: ({ index }) => ({ cutoff: index.updates.cutoff }),
    ...published,
    finish: (updates, { index, locale }) =>
      updates.filter((update) => index.updates.isVisible(update.id, locale)),
  }),
  /** One update's page (found by its slug; out by now and titled in the page's language). */
  update: one({
    query: 'updateQuery',
    at: updateOf,
    what: 'update',
    schema: updateSchema,
    params: ({ index, update }) => ({ id: update.id, cutoff: index.updates.cutoff }),
    ...published,
    finish: (update, { index }) => ({
      ...update,
      namedProject:
        update.namedProject && index.isRoutable(update.namedProject.id)
          ? update.namedProject
          : null,
      namedActivities: update.namedActivities.filter((a) => index.isRoutable(a.id)),
    }),
  }),
  /** The portal's identity; null when missing or broken (the site then shows its own texts). */
  siteSettings: siteDocument({
    query: 'siteSettingsQuery',
    what: 'site settings',
    schema: siteSettingsSchema,
    params: () => ({}),
    tags: () => [TAGS.siteSettings],
    finish: (settings) => settings,
  }),
}

/** What each read returns (null where its address leads nowhere). */
export type ReadResults = Table<typeof table>
export type ReadName = keyof ReadResults
export const reads: { [K in ReadName]: Read<ReadResults[K]> } = table

/** A change of one project's pages, as the webhook reports it. */
export type Change = {
  /** The document's slug now and before the change (either may be missing). */
  slugs: string[]
  /** The slug of the project it belongs to (the project's own, for a project). */
  project: string | null
  /** The slugs of its cluster now and before (activities). */
  clusters: string[]
}

type DocumentType = {
  movesPages: boolean
  changed: (change: Change) => string[]
}

/**
 * Which cached reads a change of a document of each type affects. A changed activity refreshes
 * its page, its cluster page (old and new, if it moved), the project overview and the lists; a
 * cluster's title shows on every page of its project; a result shows on its project's overview,
 * cluster and activity pages (all tagged with the project); a cited page (source) shows wherever
 * facts are sourced. `movesPages`: whether creating, deleting or re-slugging one can add, remove or
 * move a page (then the route index is expired too).
 */
export const documentTypes = {
  project: {
    movesPages: true,
    changed: ({ slugs }) => [TAGS.projects, ...slugs.map((slug) => TAGS.project(slug))],
  },
  objective: {
    movesPages: false,
    changed: ({ project }) => (project ? [TAGS.projectContents(project)] : []),
  },
  thematicCluster: {
    movesPages: true,
    changed: ({ project }) => [TAGS.projects, ...(project ? [TAGS.project(project)] : [])],
  },
  activity: {
    movesPages: true,
    changed: ({ project, slugs, clusters }) =>
      project
        ? [
            TAGS.projects,
            TAGS.projectContents(project),
            TAGS.projectActivities(project),
            ...slugs.map((slug) => TAGS.activity(project, slug)),
            ...clusters.map((cluster) => TAGS.cluster(project, cluster)),
          ]
        : [TAGS.projects],
  },
  organization: { movesPages: false, changed: () => [TAGS.organizations] },
  result: {
    movesPages: false,
    changed: ({ project }) => (project ? [TAGS.project(project)] : []),
  },
  source: { movesPages: false, changed: () => [TAGS.sources] },
  // An update shows on its page, the lists, the feed and the pages it names: all read under one
  // tag. Its pages move when it is created, deleted, renamed, rescheduled or re-titled
  // (WEBHOOK_PROJECTION's `routesChanged`: the route index decides which updates are out).
  update: { movesPages: true, changed: () => [TAGS.updates] },
  siteSettings: { movesPages: false, changed: () => [TAGS.siteSettings] },
} satisfies Record<string, DocumentType>

export type DocumentTypeName = keyof typeof documentTypes

/** The portal's repository: every read above, run through `run` (which caches, or not). */
export function createRepository(run: QueryRunner, clock?: Clock) {
  return createReader<ReadResults>(run, reads, clock)
}
export type Repository = ReturnType<typeof createRepository>
