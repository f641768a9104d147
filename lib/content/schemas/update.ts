/**
 * Updates (news items) as pages receive them. Whether an update is shown at all (published by
 * now, titled in the page's language, a unique slug) is the route index's decision
 * (./routes.ts, `UpdateSchedule`); these schemas say what a valid one holds.
 */
import { z } from 'zod'
import type { Locale } from '@/lib/i18n/routing'
import { imageFields } from './image'
import { localizedFields, perLocale, slug } from './primitives'
import { sourceList } from './sources'

/** An ISO date-time with its offset, as Sanity's `datetime` fields store them. */
export const isoDateTime = z.iso.datetime({ offset: true })

const references = z
  .array(z.unknown())
  .nullish()
  .transform((values) =>
    (values ?? []).filter((value): value is string => typeof value === 'string'),
  )

const updateItemShape = perLocale((locale: Locale) => {
  const text = localizedFields(locale)
  return {
    id: z.string(),
    slug,
    publishedAt: isoDateTime,
    _updatedAt: z.string(),
    title: text.title.required,
    summary: text.text.optional,
    project: z.string().nullish(),
    activities: references,
  }
})
type UpdateItemFields = z.output<z.ZodObject<ReturnType<typeof updateItemShape>>>

function updateItemOf(raw: UpdateItemFields) {
  return {
    id: raw.id,
    slug: raw.slug,
    publishedAt: raw.publishedAt,
    updatedAt: raw._updatedAt,
    title: raw.title,
    summary: raw.summary,
    /** The id of the project it names, and of the activities it reports on. */
    project: raw.project ?? null,
    activities: raw.activities,
  }
}

/** An update as a list shows it: title, date, summary, and what it names (by id). */
export const updateItemSchema = perLocale((locale: Locale) =>
  z.object(updateItemShape(locale)).transform(updateItemOf),
)
export type UpdateListItem = z.output<ReturnType<typeof updateItemSchema>>

/** A page the update names: its id, slug and title (the activity with its project's slug). */
const namedPage = perLocale((locale: Locale) =>
  z.object({ id: z.string(), slug, title: localizedFields(locale).title.required }),
)
const namedActivity = perLocale((locale: Locale) => namedPage(locale).extend({ project: slug }))

/** Named pages, valid ones only (a dangling or broken reference is left out, silently). */
function named<S extends z.ZodType>(item: S) {
  return z
    .array(z.unknown())
    .nullish()
    .transform((values) =>
      (values ?? []).flatMap((value) => {
        const parsed = item.safeParse(value)
        return parsed.success ? [parsed.data] : []
      }),
    )
}

/** An update's page: the list's fields, its text, the pages it names and its sources. */
export const updateSchema = perLocale((locale: Locale) =>
  z
    .object({
      ...updateItemShape(locale),
      mainImage: imageFields(locale).image,
      body: localizedFields(locale).richText.optional,
      projectRef: z.unknown(),
      activityRefs: named(namedActivity(locale)),
      sources: sourceList(locale),
    })
    .transform((raw) => {
      const project = namedPage(locale).safeParse(raw.projectRef)
      return {
        ...updateItemOf(raw),
        /** The photo at the top, and the page's link preview image (null: none, or not shown). */
        mainImage: raw.mainImage,
        body: raw.body,
        namedProject: project.success ? project.data : null,
        namedActivities: raw.activityRefs,
        sources: raw.sources,
      }
    }),
)
export type Update = z.output<ReturnType<typeof updateSchema>>
