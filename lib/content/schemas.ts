/**
 * The boundary between the CMS and the app: zod schemas that validate query results and reshape
 * them into the app's own types. Lists are validated item by item (see `validItems`) so that one
 * broken document is logged and skipped instead of breaking the page.
 */
import { z } from 'zod'
import { routing } from '../i18n/routing'
import {
  COUNTRY_VALUES,
  ORGANIZATION_ROLE_VALUES,
  ORGANIZATION_TYPE_VALUES,
  PARTIAL_DATE_PATTERN,
  STATUS_VALUES,
} from './vocabulary'

const locale = z.enum(routing.locales)
const isoDate = z.iso.date()
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'not an ASCII slug')

const portableTextBlock = z.looseObject({ _type: z.string(), _key: z.string() })
export type PortableTextValue = z.infer<typeof portableTextBlock>[]

function localizedOf<T extends z.ZodType>(value: T) {
  return z.object({ value, lang: locale })
}
const localizedString = localizedOf(z.string().trim().min(1, 'empty in both languages'))
const localizedRichText = localizedOf(z.array(portableTextBlock).min(1, 'empty in both languages'))

/** An optional localised field: absent, or present but empty in both languages, becomes null. */
function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess(
    (input) =>
      input && typeof input === 'object' && 'value' in input && input.value != null ? input : null,
    schema.nullable(),
  )
}

export type Localized<T> = { value: T; lang: z.infer<typeof locale> }

/** Reports every invalid item with its id and returns the valid ones. */
export function validItems<S extends z.ZodType>(
  schema: S,
  items: unknown,
  what: string,
): z.output<S>[] {
  if (!Array.isArray(items)) return []
  return items.flatMap((item) => {
    const result = schema.safeParse(item)
    if (result.success) return [result.data]
    reportInvalid(what, item, result.error)
    return []
  })
}

/** Validates one document; an invalid one is reported and becomes null (the page then 404s). */
export function validItem<S extends z.ZodType>(
  schema: S,
  item: unknown,
  what: string,
): z.output<S> | null {
  if (item === null || item === undefined) return null
  const result = schema.safeParse(item)
  if (result.success) return result.data
  reportInvalid(what, item, result.error)
  return null
}

function reportInvalid(what: string, item: unknown, error: z.ZodError) {
  const id =
    item && typeof item === 'object' && '_id' in item && typeof item._id === 'string'
      ? item._id
      : '(no _id)'
  const problems = error.issues.map(
    (issue) => `${issue.path.join('.') || '(document)'}: ${issue.message}`,
  )
  console.warn(`[content] skipped ${what} ${id}: ${problems.join('; ')}`)
}

/** Array fields whose items are validated one by one; dangling references arrive as null. */
const itemList = z
  .array(z.unknown())
  .nullish()
  .transform((items) => items ?? [])

export const organizationSchema = z
  .object({
    _id: z.string(),
    slug,
    name: localizedString,
    acronym: optional(localizedString),
    organizationType: z.enum(ORGANIZATION_TYPE_VALUES),
    iatiIdentifier: z.string().nullish(),
    website: z.url().nullish(),
  })
  .transform((raw) => ({
    id: raw._id,
    slug: raw.slug,
    name: raw.name,
    acronym: raw.acronym,
    type: raw.organizationType,
    iatiIdentifier: raw.iatiIdentifier ?? null,
    website: raw.website ?? null,
  }))
export type Organization = z.output<typeof organizationSchema>

const projectRoleSchema = z.object({
  role: z.enum(ORGANIZATION_ROLE_VALUES),
  organization: organizationSchema,
})

const period = {
  startDate: isoDate,
  plannedEnd: z.string().regex(PARTIAL_DATE_PATTERN).nullish(),
  actualEnd: isoDate.nullish(),
}

const projectRefSchema = z
  .object({ _id: z.string(), slug, title: localizedString, shortTitle: localizedString })
  .transform((raw) => ({
    id: raw._id,
    slug: raw.slug,
    title: raw.title,
    shortTitle: raw.shortTitle,
  }))
export type ProjectRef = z.output<typeof projectRefSchema>

const projectSummaryShape = {
  _id: z.string(),
  slug,
  title: localizedString,
  shortTitle: localizedString,
  summary: localizedString,
  ...period,
  status: z.enum(STATUS_VALUES).nullish(),
  country: z.enum(COUNTRY_VALUES),
  organizations: itemList,
}

function summaryOf(raw: z.infer<z.ZodObject<typeof projectSummaryShape>>, activityCount: number) {
  return {
    id: raw._id,
    slug: raw.slug,
    title: raw.title,
    shortTitle: raw.shortTitle,
    summary: raw.summary,
    startDate: raw.startDate,
    plannedEnd: raw.plannedEnd ?? null,
    actualEnd: raw.actualEnd ?? null,
    status: raw.status ?? null,
    country: raw.country,
    organizations: validItems(
      projectRoleSchema,
      raw.organizations,
      `organisation role of project ${raw._id}`,
    ),
    activityCount,
  }
}

/** The project list: each project with the number of activities that name it as their project. */
export const projectListSchema = z
  .object({ projects: itemList, activityProjects: itemList })
  .transform((raw) => {
    const counts = new Map<unknown, number>()
    for (const project of raw.activityProjects) counts.set(project, (counts.get(project) ?? 0) + 1)
    return validItems(z.object(projectSummaryShape), raw.projects, 'project').map((project) =>
      summaryOf(project, counts.get(project._id) ?? 0),
    )
  })
export type ProjectSummary = z.output<typeof projectListSchema>[number]

/** What objectives, clusters and activities share: an id, a slug, a place in order, a title. */
const orderedItemShape = {
  _id: z.string(),
  slug,
  order: z.number().int(),
  title: localizedString,
}

function orderedItemOf(raw: z.infer<z.ZodObject<typeof orderedItemShape>>) {
  return { id: raw._id, slug: raw.slug, order: raw.order, title: raw.title }
}

const objectiveSchema = z
  .object({ ...orderedItemShape, description: localizedRichText })
  .transform((raw) => ({ ...orderedItemOf(raw), description: raw.description }))
export type Objective = z.output<typeof objectiveSchema>

/** A cluster as other pages name it; the short title falls back to the full one. */
const clusterRefSchema = z
  .object({ ...orderedItemShape, shortTitle: optional(localizedString) })
  .transform((raw) => ({ ...orderedItemOf(raw), shortTitle: raw.shortTitle ?? raw.title }))
export type ClusterRef = z.output<typeof clusterRefSchema>

const activityTitleSchema = z
  .object({ ...orderedItemShape, cluster: z.string().nullish() })
  .transform((raw) => ({ ...orderedItemOf(raw), cluster: raw.cluster ?? null }))

/** A project's clusters, each with its activities (already in order), from two flat lists. */
function clustersWithActivities(rawClusters: unknown[], rawActivities: unknown[]) {
  const byCluster = new Map<string | null, ActivityTitle[]>()
  for (const { cluster, ...activity } of validItems(
    activityTitleSchema,
    rawActivities,
    'activity',
  )) {
    const list = byCluster.get(cluster) ?? []
    list.push(activity)
    byCluster.set(cluster, list)
  }
  return validItems(clusterRefSchema, rawClusters, 'thematic cluster').map((cluster) => ({
    ...cluster,
    activities: byCluster.get(cluster.id) ?? [],
  }))
}
export type ActivityTitle = Omit<z.output<typeof activityTitleSchema>, 'cluster'>
export type ClusterSummary = ReturnType<typeof clustersWithActivities>[number]

export const projectSchema = z
  .object({
    ...projectSummaryShape,
    description: localizedRichText,
    generalObjective: localizedString,
    fundingProgramme: optional(localizedString),
    sectorCodes: z.array(z.string().regex(/^\d{5}$/)).nullish(),
    iatiIdentifier: z.string().nullish(),
    objectives: itemList,
    clusters: itemList,
    activities: itemList,
  })
  .transform((raw) => {
    const clusters = clustersWithActivities(raw.clusters, raw.activities)
    return {
      ...summaryOf(
        raw,
        clusters.reduce((total, cluster) => total + cluster.activities.length, 0),
      ),
      description: raw.description,
      generalObjective: raw.generalObjective,
      fundingProgramme: raw.fundingProgramme,
      sectorCodes: raw.sectorCodes ?? [],
      iatiIdentifier: raw.iatiIdentifier ?? null,
      objectives: validItems(objectiveSchema, raw.objectives, 'objective'),
      clusters,
    }
  })
export type Project = z.output<typeof projectSchema>

const activityListShape = {
  ...orderedItemShape,
  status: z.enum(STATUS_VALUES).nullish(),
  startDate: isoDate.nullish(),
  endDate: isoDate.nullish(),
  organizations: itemList,
}

function activityItemOf(raw: z.infer<z.ZodObject<typeof activityListShape>>) {
  return {
    ...orderedItemOf(raw),
    status: raw.status ?? null,
    startDate: raw.startDate ?? null,
    endDate: raw.endDate ?? null,
    organizations: validItems(
      organizationSchema,
      raw.organizations,
      `organisation of activity ${raw._id}`,
    ),
  }
}

const activityListItemSchema = z.object(activityListShape).transform(activityItemOf)
export type ActivityListItem = z.output<typeof activityListItemSchema>

export const clusterSchema = z
  .object({
    ...orderedItemShape,
    description: optional(localizedRichText),
    project: projectRefSchema,
    activities: itemList,
  })
  .transform((raw) => ({
    ...orderedItemOf(raw),
    description: raw.description,
    project: raw.project,
    activities: validItems(activityListItemSchema, raw.activities, 'activity'),
  }))
export type Cluster = z.output<typeof clusterSchema>

const activityProjectSchema = z
  .object({ _id: z.string(), slug, title: localizedString, shortTitle: localizedString, ...period })
  .transform((raw) => ({
    id: raw._id,
    slug: raw.slug,
    title: raw.title,
    shortTitle: raw.shortTitle,
    startDate: raw.startDate,
    plannedEnd: raw.plannedEnd ?? null,
    actualEnd: raw.actualEnd ?? null,
  }))

export const activitySchema = z
  .object({
    ...activityListShape,
    description: optional(localizedRichText),
    cluster: clusterRefSchema,
    project: activityProjectSchema,
  })
  .transform((raw) => ({
    ...activityItemOf(raw),
    description: raw.description,
    cluster: raw.cluster,
    project: raw.project,
  }))
export type Activity = z.output<typeof activitySchema>

/** An activity as the donor list and the exports need it: with its cluster and project. */
export const reportingActivitySchema = z
  .object({ ...activityListShape, cluster: clusterRefSchema, project: activityProjectSchema })
  .transform((raw) => ({ ...activityItemOf(raw), cluster: raw.cluster, project: raw.project }))
export type ReportingActivity = z.output<typeof reportingActivitySchema>

const routeEntry = z.object({ project: z.string(), slug, _updatedAt: z.string() })
const routeProject = z.object({
  _id: z.string(),
  slug,
  _updatedAt: z.string(),
  featured: z.boolean(),
})

export const routeSlugsSchema = z
  .object({ projects: itemList, clusters: itemList, activities: itemList })
  .transform((raw) => {
    const byProject = (items: unknown[], what: string) => {
      const groups = new Map<string, { slug: string; updatedAt: string }[]>()
      for (const entry of validItems(routeEntry, items, what)) {
        const list = groups.get(entry.project) ?? []
        list.push({ slug: entry.slug, updatedAt: entry._updatedAt })
        groups.set(entry.project, list)
      }
      return groups
    }
    const clusters = byProject(raw.clusters, 'cluster route')
    const activities = byProject(raw.activities, 'activity route')
    return validItems(routeProject, raw.projects, 'project route').map((project) => ({
      slug: project.slug,
      updatedAt: project._updatedAt,
      featured: project.featured,
      clusters: clusters.get(project._id) ?? [],
      activities: activities.get(project._id) ?? [],
    }))
  })
export type ProjectRoutes = z.output<typeof routeSlugsSchema>[number]
