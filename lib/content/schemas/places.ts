/** Where the work happens and what was written about it: locations and documents. */
import { z } from 'zod'
import type { Locale } from '@/lib/i18n/routing'
import {
  DOCUMENT_CATEGORY_VALUES,
  DOCUMENT_LANGUAGE_VALUES,
  FEATURE_DESIGNATION_VALUES,
  GEOGRAPHIC_EXACTNESS_VALUES,
  GEOGRAPHIC_REACH_VALUES,
  LOCATION_CLASS_VALUES,
} from '../donor-vocabulary'
import { isoDate, listOf, localizedFields, perLocale, webUrl } from './primitives'
import { sourceList, sourceSchema } from './sources'

const point = z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) })

export const locationSchema = perLocale((locale: Locale) => {
  const text = localizedFields(locale)
  return z
    .object({
      key: z.string(),
      name: text.title.required,
      description: text.title.optional,
      point: point.nullish(),
      // A dangling or invalid source of the coordinates counts as none (the point is then dropped).
      pointSource: sourceSchema(locale).nullish().catch(null),
      sources: sourceList(locale),
      exactness: z.enum(GEOGRAPHIC_EXACTNESS_VALUES).nullish(),
      reach: z.enum(GEOGRAPHIC_REACH_VALUES).nullish(),
      locationClass: z.enum(LOCATION_CLASS_VALUES).nullish(),
      featureDesignation: z.enum(FEATURE_DESIGNATION_VALUES).nullish(),
    })
    .transform(({ point: raw, pointSource, ...rest }) => {
      // Coordinates are published only with the page they come from: without it, none.
      const cited = raw && pointSource ? { lat: raw.lat, lng: raw.lng } : null
      return {
        ...rest,
        point: cited,
        pointSource: cited ? (pointSource ?? null) : null,
        exactness: rest.exactness ?? null,
        reach: rest.reach ?? null,
        locationClass: rest.locationClass ?? null,
        featureDesignation: rest.featureDesignation ?? null,
      }
    })
})
export type Location = z.output<ReturnType<typeof locationSchema>>

/** A document with its file; one without a file (or a file without an address) is skipped. */
export const documentSchema = perLocale((locale: Locale) =>
  z
    .object({
      key: z.string(),
      title: localizedFields(locale).title.required,
      language: z.enum(DOCUMENT_LANGUAGE_VALUES),
      date: isoDate,
      category: z.enum(DOCUMENT_CATEGORY_VALUES),
      file: z.object({
        url: webUrl,
        mimeType: z.string().regex(/^[\w.+-]+\/[\w.+-]+$/, 'not a MIME type'),
        size: z.number().nonnegative().nullish(),
        originalFilename: z.string().nullish(),
      }),
    })
    .transform(({ file, ...raw }) => ({
      ...raw,
      url: file.url,
      mimeType: file.mimeType,
      size: file.size ?? null,
    })),
)
export type ProjectDocumentFile = z.output<ReturnType<typeof documentSchema>>

export const placesShape = perLocale((locale: Locale) => ({
  locations: listOf(locationSchema(locale), 'location'),
  documents: listOf(documentSchema(locale), 'document'),
}))
