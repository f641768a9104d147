import { z } from 'zod'
import type { Locale } from '@/lib/i18n/routing'
import { STATUS_VALUES } from '../vocabulary'
import { possibleEnd } from './dates'
import { lenient, moneySchema } from './finance'
import { imageFields } from './image'
import { organizationRoleSchema, organizationSearchText } from './organization'
import { placesShape } from './places'
import { allLanguages, isoDate, localizedFields, perLocale, referencesTo } from './primitives'
import {
  clusterRefSchema,
  inheritedProjectOf,
  inheritedProjectShape,
  orderedItemShape,
  projectWithPeriodSchema,
} from './project'
import { resultList } from './results'
import { citationList } from './sources'

const activityItemShape = perLocale((locale: Locale) => ({
  ...orderedItemShape(locale),
  status: z.enum(STATUS_VALUES).nullish(),
  plannedStart: isoDate.nullish(),
  plannedEnd: isoDate.nullish(),
  actualStart: isoDate.nullish(),
  actualEnd: isoDate.nullish(),
  organizations: referencesTo(organizationRoleSchema(locale), 'organisation role'),
}))
type ActivityItemFields = z.output<z.ZodObject<ReturnType<typeof activityItemShape>>>

function activityItemOf(raw: ActivityItemFields) {
  const roles = raw.organizations(raw.id)
  const seen = new Set<string>()
  return {
    id: raw.id,
    slug: raw.slug,
    order: raw.order,
    title: raw.title,
    status: raw.status ?? null,
    plannedStart: raw.plannedStart ?? null,
    plannedEnd: possibleEnd(raw.id, 'plannedEnd', raw.plannedStart, raw.plannedEnd),
    actualStart: raw.actualStart ?? null,
    actualEnd: possibleEnd(raw.id, 'actualEnd', raw.actualStart, raw.actualEnd),
    /** Each organisation with its role on this activity. */
    organizationRoles: roles,
    /** The organisations, each once, whatever their roles (filters, search, lists). */
    organizations: roles
      .map((entry) => entry.organization)
      .filter((organization) => !seen.has(organization.id) && Boolean(seen.add(organization.id))),
  }
}

/** An activity as a cluster page lists it. */
export const activityItemSchema = perLocale((locale: Locale) =>
  z.object(activityItemShape(locale)).transform((raw) => activityItemOf(raw)),
)
export type ActivityListItem = z.output<ReturnType<typeof activityItemSchema>>

/** An activity page: the activity with its cluster, project, places, documents and results. */
export const activitySchema = perLocale((locale: Locale) =>
  z
    .object({
      ...activityItemShape(locale),
      ...placesShape(locale),
      description: localizedFields(locale).richText.optional,
      mainImage: imageFields(locale).image,
      gallery: imageFields(locale).images,
      citations: citationList(locale),
      cluster: clusterRefSchema(locale),
      project: projectWithPeriodSchema(locale),
      results: resultList(locale),
    })
    .transform((raw) => ({
      ...activityItemOf(raw),
      description: raw.description,
      mainImage: raw.mainImage,
      gallery: raw.gallery,
      locations: raw.locations,
      documents: raw.documents,
      citations: raw.citations,
      cluster: raw.cluster,
      project: raw.project,
      results: raw.results,
    })),
)
export type Activity = z.output<ReturnType<typeof activitySchema>>

/** The words of an activity in every language (the query's `search`), so search finds either. */
export const searchTextSchema = z
  .object({
    title: allLanguages,
    cluster: z.object({ title: allLanguages, shortTitle: allLanguages }).nullish(),
    organizations: z.array(organizationSearchText.nullish().catch(null)).nullish(),
  })
  .transform((raw) =>
    [
      ...raw.title,
      ...(raw.cluster?.title ?? []),
      ...(raw.cluster?.shortTitle ?? []),
      ...(raw.organizations ?? []).flatMap((names) => names ?? []),
    ].join(' \n '),
  )

/** The project of a listed activity: what it inherits, and the budget its cluster's share is of. */
export const reportingProjectSchema = perLocale((locale: Locale) =>
  z
    .object({
      ...inheritedProjectShape(locale),
      totalBudget: lenient(moneySchema, 'total budget'),
      budgetByCluster: lenient(
        z.array(z.object({ cluster: z.string(), amount: z.number().finite().nonnegative() })),
        'budget by cluster',
      ),
      budgetCitations: citationList(locale),
    })
    .transform((raw) => ({
      ...inheritedProjectOf(raw),
      totalBudget: raw.totalBudget,
      budgetByCluster: raw.budgetByCluster ?? [],
      budgetCitations: raw.budgetCitations,
    })),
)

const reportingActivityShape = perLocale((locale: Locale) => ({
  ...activityItemShape(locale),
  citations: citationList(locale),
  cluster: clusterRefSchema(locale),
  project: reportingProjectSchema(locale),
  search: searchTextSchema.catch(''),
}))

function reportingActivityOf(
  raw: z.output<z.ZodObject<ReturnType<typeof reportingActivityShape>>>,
) {
  return {
    ...activityItemOf(raw),
    citations: raw.citations,
    cluster: raw.cluster,
    project: raw.project,
    searchText: raw.search,
  }
}

/** An activity as the donor list and the exports need it: with its cluster, project and search text. */
export const reportingActivitySchema = perLocale((locale: Locale) =>
  z.object(reportingActivityShape(locale)).transform(reportingActivityOf),
)
export type ReportingActivity = z.output<ReturnType<typeof reportingActivitySchema>>

/** An activity as its IATI activity needs it: the list's fields plus description and places. */
export const iatiActivitySchema = perLocale((locale: Locale) =>
  z
    .object({
      ...reportingActivityShape(locale),
      ...placesShape(locale),
      description: localizedFields(locale).richText.optional,
    })
    .transform((raw) => ({
      ...reportingActivityOf(raw),
      description: raw.description,
      locations: raw.locations,
      documents: raw.documents,
    })),
)
export type IatiActivity = z.output<ReturnType<typeof iatiActivitySchema>>
