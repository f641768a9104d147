import { z } from 'zod'
import type { Locale } from '@/lib/i18n/routing'
import { STATUS_VALUES } from '../vocabulary'
import { possibleEnd } from './dates'
import { organizationSchema, organizationSearchText } from './organization'
import { allLanguages, isoDate, localizedFields, perLocale, referencesTo } from './primitives'
import { clusterRefSchema, orderedItemShape, projectWithPeriodSchema } from './project'

const activityItemShape = perLocale((locale: Locale) => ({
  ...orderedItemShape(locale),
  status: z.enum(STATUS_VALUES).nullish(),
  startDate: isoDate.nullish(),
  endDate: isoDate.nullish(),
  organizations: referencesTo(organizationSchema(locale), 'organisation'),
}))
type ActivityItemFields = z.output<z.ZodObject<ReturnType<typeof activityItemShape>>>

function activityItemOf(raw: ActivityItemFields) {
  return {
    id: raw.id,
    slug: raw.slug,
    order: raw.order,
    title: raw.title,
    status: raw.status ?? null,
    startDate: raw.startDate ?? null,
    endDate: possibleEnd(raw.id, 'endDate', raw.startDate, raw.endDate),
    organizations: raw.organizations(raw.id),
  }
}

/** An activity as a cluster page lists it. */
export const activityItemSchema = perLocale((locale: Locale) =>
  z.object(activityItemShape(locale)).transform((raw) => activityItemOf(raw)),
)
export type ActivityListItem = z.output<ReturnType<typeof activityItemSchema>>

/** An activity page: the activity with its cluster and project. */
export const activitySchema = perLocale((locale: Locale) =>
  z
    .object({
      ...activityItemShape(locale),
      description: localizedFields(locale).richText.optional,
      cluster: clusterRefSchema(locale),
      project: projectWithPeriodSchema(locale),
    })
    .transform((raw) => ({
      ...activityItemOf(raw),
      description: raw.description,
      cluster: raw.cluster,
      project: raw.project,
    })),
)
export type Activity = z.output<ReturnType<typeof activitySchema>>

/** The words of an activity in every language (the query's `search`), so search finds either. */
const searchTextSchema = z
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

/** An activity as the donor list and the exports need it: with its cluster, project and search text. */
export const reportingActivitySchema = perLocale((locale: Locale) =>
  z
    .object({
      ...activityItemShape(locale),
      cluster: clusterRefSchema(locale),
      project: projectWithPeriodSchema(locale),
      search: searchTextSchema.catch(''),
    })
    .transform((raw) => ({
      ...activityItemOf(raw),
      cluster: raw.cluster,
      project: raw.project,
      searchText: raw.search,
    })),
)
export type ReportingActivity = z.output<ReturnType<typeof reportingActivitySchema>>
