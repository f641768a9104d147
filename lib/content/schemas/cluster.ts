import { z } from 'zod'
import type { Locale } from '@/lib/i18n/routing'
import { activityItemSchema } from './activity'
import { imageFields } from './image'
import { listOf, localizedFields, perLocale } from './primitives'
import { resultList } from './results'
import { clusterRefOf, clusterRefShape, projectRefSchema } from './project'

/** A cluster page: the cluster, its project, its activities in order and its results. */
export const clusterSchema = perLocale((locale: Locale) =>
  z
    .object({
      ...clusterRefShape(locale),
      description: localizedFields(locale).richText.optional,
      mainImage: imageFields(locale).image,
      project: projectRefSchema(locale),
      activities: listOf(activityItemSchema(locale), 'activity'),
      results: resultList(locale),
    })
    .transform((raw) => ({
      ...clusterRefOf(raw),
      description: raw.description,
      mainImage: raw.mainImage,
      project: raw.project,
      activities: raw.activities,
      results: raw.results,
    })),
)
export type Cluster = z.output<ReturnType<typeof clusterSchema>>
