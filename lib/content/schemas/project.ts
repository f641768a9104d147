import { z } from 'zod'
import type { Locale } from '@/lib/i18n/routing'
import { COUNTRY_VALUES, STATUS_VALUES } from '../vocabulary'
import { possibleEnd } from './dates'
import { imageFields } from './image'
import { organizationRoleSchema } from './organization'
import { projectDonorOf, projectDonorShape } from './project-donor'
import { citationList } from './sources'
import {
  isoDate,
  listOf,
  localizedFields,
  order,
  partialDate,
  perLocale,
  referencesTo,
  slug,
} from './primitives'

/** What objectives, clusters and activities share: an id, a slug, a place in order, a title. */
export const orderedItemShape = perLocale((locale: Locale) => ({
  id: z.string(),
  slug,
  order,
  title: localizedFields(locale).title.required,
}))

/** A project as other pages name it (breadcrumbs, lists); the short title falls back to the title. */
const projectRefShape = perLocale((locale: Locale) => {
  const text = localizedFields(locale)
  return { id: z.string(), slug, title: text.title.required, shortTitle: text.shortTitle.optional }
})
type ProjectRefFields = z.output<z.ZodObject<ReturnType<typeof projectRefShape>>>
function projectRefOf({ id, slug, title, shortTitle }: ProjectRefFields) {
  return { id, slug, title, shortTitle: shortTitle ?? title }
}
export const projectRefSchema = perLocale((locale: Locale) =>
  z.object(projectRefShape(locale)).transform(projectRefOf),
)
export type ProjectRef = z.output<ReturnType<typeof projectRefSchema>>

/**
 * A project's period: the planned start (required), the actual start and the planned and actual
 * ends. An end before the start is treated as not recorded (see ./dates.ts).
 */
const periodShape = {
  startDate: isoDate,
  plannedEnd: partialDate.nullish(),
  actualStart: isoDate.nullish(),
  // A source may give the month only ("December 2013 to July 2017"); it is not padded to a day.
  actualEnd: partialDate.nullish(),
}
type PeriodFields = { id: string } & z.output<z.ZodObject<typeof periodShape>>
function periodOf(raw: PeriodFields) {
  const start = raw.actualStart ?? raw.startDate
  return {
    startDate: raw.startDate,
    plannedEnd: possibleEnd(raw.id, 'plannedEnd', raw.startDate, raw.plannedEnd),
    actualStart: raw.actualStart ?? null,
    actualEnd: possibleEnd(raw.id, 'actualEnd', start, raw.actualEnd),
  }
}

/**
 * A project with what its activities take from it when they have none of their own: its period and
 * status, with the sources of those facts.
 */
export const inheritedProjectShape = perLocale((locale: Locale) => ({
  ...projectRefShape(locale),
  ...periodShape,
  status: z.enum(STATUS_VALUES).nullish(),
  citations: citationList(locale),
}))
export function inheritedProjectOf(
  raw: z.output<z.ZodObject<ReturnType<typeof inheritedProjectShape>>>,
) {
  return {
    ...projectRefOf(raw),
    ...periodOf(raw),
    status: raw.status ?? null,
    citations: raw.citations,
  }
}
export const projectWithPeriodSchema = perLocale((locale: Locale) =>
  z.object(inheritedProjectShape(locale)).transform(inheritedProjectOf),
)
export type ProjectWithPeriod = z.output<ReturnType<typeof projectWithPeriodSchema>>

const projectSummaryShape = perLocale((locale: Locale) => ({
  ...projectRefShape(locale),
  ...periodShape,
  summary: localizedFields(locale).text.optional,
  status: z.enum(STATUS_VALUES).nullish(),
  country: z.enum(COUNTRY_VALUES).nullish(),
  organizations: referencesTo(organizationRoleSchema(locale), 'organisation role'),
}))
type ProjectSummaryFields = z.output<z.ZodObject<ReturnType<typeof projectSummaryShape>>>
function projectSummaryOf(raw: ProjectSummaryFields) {
  return {
    ...projectRefOf(raw),
    ...periodOf(raw),
    summary: raw.summary,
    status: raw.status ?? null,
    country: raw.country ?? null,
    organizations: raw.organizations(raw.id),
  }
}

/** A project as the project list shows it (its activity count comes from the route index). */
export const projectSummarySchema = perLocale((locale: Locale) =>
  z.object(projectSummaryShape(locale)).transform(projectSummaryOf),
)
export type ProjectSummary = z.output<ReturnType<typeof projectSummarySchema>>

const objectiveSchema = perLocale((locale: Locale) =>
  z.object({ ...orderedItemShape(locale), description: localizedFields(locale).richText.optional }),
)
export type Objective = z.output<ReturnType<typeof objectiveSchema>>

/** A cluster as other pages name it; the short title falls back to the title. */
export const clusterRefShape = perLocale((locale: Locale) => ({
  ...orderedItemShape(locale),
  shortTitle: localizedFields(locale).shortTitle.optional,
}))
export function clusterRefOf({
  id,
  slug,
  order,
  title,
  shortTitle,
}: z.output<z.ZodObject<ReturnType<typeof clusterRefShape>>>) {
  return { id, slug, order, title, shortTitle: shortTitle ?? title }
}
export const clusterRefSchema = perLocale((locale: Locale) =>
  z.object(clusterRefShape(locale)).transform(clusterRefOf),
)
export type ClusterRef = z.output<ReturnType<typeof clusterRefSchema>>

/** An activity as the overview lists it: its title, and its own dates for the timeline. */
const activityTitleSchema = perLocale((locale: Locale) =>
  z
    .object({
      ...orderedItemShape(locale),
      cluster: z.string().nullish(),
      plannedStart: isoDate.nullish(),
      plannedEnd: isoDate.nullish(),
      actualStart: isoDate.nullish(),
      actualEnd: isoDate.nullish(),
    })
    .transform((raw) => ({
      ...raw,
      plannedStart: raw.plannedStart ?? null,
      plannedEnd: possibleEnd(raw.id, 'plannedEnd', raw.plannedStart, raw.plannedEnd),
      actualStart: raw.actualStart ?? null,
      actualEnd: possibleEnd(raw.id, 'actualEnd', raw.actualStart, raw.actualEnd),
    })),
)
export type ActivityTitle = Omit<z.output<ReturnType<typeof activityTitleSchema>>, 'cluster'>

/** A project with everything its overview shows; clusters and activities are joined later. */
export const projectSchema = perLocale((locale: Locale) => {
  const text = localizedFields(locale)
  return z
    .object({
      ...projectSummaryShape(locale),
      ...projectDonorShape(locale),
      description: text.richText.optional,
      generalObjective: text.text.optional,
      fundingProgramme: text.title.optional,
      mainImage: imageFields(locale).image,
      gallery: imageFields(locale).images,
      sectorCodes: z.array(z.string().regex(/^\d{5}$/)).nullish(),
      iatiIdentifier: z.string().nullish(),
      objectives: listOf(objectiveSchema(locale), 'objective'),
      clusters: listOf(clusterRefSchema(locale), 'thematic cluster'),
      activities: listOf(activityTitleSchema(locale), 'activity'),
    })
    .transform((raw) => ({
      ...projectSummaryOf(raw),
      ...projectDonorOf(raw),
      description: raw.description,
      generalObjective: raw.generalObjective,
      fundingProgramme: raw.fundingProgramme,
      mainImage: raw.mainImage,
      gallery: raw.gallery,
      sectorCodes: raw.sectorCodes ?? [],
      iatiIdentifier: raw.iatiIdentifier ?? null,
      objectives: raw.objectives,
      clusters: raw.clusters,
      activities: raw.activities,
    }))
})
export type ProjectDocument = z.output<ReturnType<typeof projectSchema>>
