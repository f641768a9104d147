/**
 * A photo as pages receive it (the query's `imageFields`; sanity/schemaTypes/objects/portal-image.ts).
 * An image the site must not or cannot show is logged and left out, never the page: one without
 * an asset, its dimensions or an alt text (unless decorative), one whose address is neither on
 * Sanity's image CDN nor the portal's own `/media/` route, one without recorded rights, and one
 * past its expiry date.
 *
 * Expiry is decided here, when a page is rendered, with an injectable clock — not in GROQ with a
 * `$now` parameter, which would make every query result unique and defeat the query cache. A
 * rendered page is regenerated at least hourly (docs/architecture.md), so an expired photo is gone
 * within the hour after its last day.
 */
import { z } from 'zod'
import type { Locale } from '@/lib/i18n/routing'
import { IMAGE_LIMITS } from '../limits'
import { IMAGE_CONSENT_VALUES } from '../vocabulary'
import { imageOrigin } from '../image-origin'
import { isoDate, localizedFields, perLocale } from './primitives'
import { reportSkipped } from './validate'

/** A blurred placeholder: a small inline raster image, or nothing. */
const LQIP_PATTERN = /^data:image\/(jpeg|png|webp);base64,[A-Za-z0-9+/=]+$/
const LQIP_MAX_LENGTH = 4000
const lqip = z
  .string()
  .nullish()
  .transform((value) =>
    value && value.length <= LQIP_MAX_LENGTH && LQIP_PATTERN.test(value) ? value : null,
  )

const dimension = z.number().int().positive()
const fraction = z.number().min(0).max(1)

const assetSchema = z.object(
  {
    _id: z.string(),
    url: z.string().refine((url) => imageOrigin(url) !== null, 'not an address the portal serves'),
    mimeType: z.string().regex(/^image\/[a-z0-9.+-]+$/, 'not an image'),
    metadata: z.object(
      {
        dimensions: z.object({ width: dimension, height: dimension }, 'no dimensions'),
        lqip,
      },
      'no metadata',
    ),
  },
  'no asset',
)

const hotspotSchema = z
  .object({ x: fraction, y: fraction, width: fraction, height: fraction })
  .nullish()
  .transform((value) => value ?? null)
const cropSchema = z
  .object({ top: fraction, bottom: fraction, left: fraction, right: fraction })
  .nullish()
  .transform((value) => value ?? null)

const rightsSchema = z.object(
  {
    consent: z.enum(IMAGE_CONSENT_VALUES, 'no consent recorded'),
    licence: z.string().trim().min(1, 'no licence').max(IMAGE_LIMITS.credit),
    expires: isoDate.nullish(),
  },
  'no rights recorded',
)

/** What decides whether an image is shown today: a clock, so tests can set the date. */
export type Clock = () => Date
export const systemClock: Clock = () => new Date()

/** The day in UTC, as an ISO date: expiry dates are whole days. */
function today(clock: Clock): string {
  return clock().toISOString().slice(0, 10)
}

/** One image for one page language, shown only until its rights' expiry date (inclusive). */
export function buildImageSchema(locale: Locale, clock: Clock) {
  const text = localizedFields(locale)
  return z
    .object({
      key: z.string().nullish(),
      asset: assetSchema,
      hotspot: hotspotSchema,
      crop: cropSchema,
      alt: text.title.optional,
      decorative: z.boolean().nullish(),
      caption: text.title.optional,
      credit: z.string().trim().max(IMAGE_LIMITS.credit).nullish(),
      rights: rightsSchema,
    })
    .refine((raw) => raw.decorative === true || raw.alt !== null, {
      error: 'no alternative text (and not marked decorative)',
      path: ['alt'],
    })
    .refine((raw) => !raw.rights.expires || raw.rights.expires >= today(clock), {
      error: 'its rights have expired',
      path: ['rights', 'expires'],
    })
    .transform((raw) => ({
      key: raw.key ?? raw.asset._id,
      assetId: raw.asset._id,
      url: raw.asset.url,
      mimeType: raw.asset.mimeType,
      width: raw.asset.metadata.dimensions.width,
      height: raw.asset.metadata.dimensions.height,
      lqip: raw.asset.metadata.lqip,
      hotspot: raw.hotspot,
      crop: raw.crop,
      // A decorative image has no alt text even if one was written: screen readers skip it.
      alt: raw.decorative === true ? null : raw.alt,
      caption: raw.caption,
      credit: raw.credit || null,
    }))
}
export type ContentImage = z.output<ReturnType<typeof buildImageSchema>>

/** The asset id of a raw image, for the log line (images have no document id of their own). */
function assetIdOf(raw: unknown): string {
  const asset: unknown = raw && typeof raw === 'object' ? Reflect.get(raw, 'asset') : null
  const id: unknown = asset && typeof asset === 'object' ? Reflect.get(asset, '_id') : null
  return typeof id === 'string' ? id : '(no asset)'
}

function describe(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')
}

type ImageSchema = ReturnType<typeof buildImageSchema>
type RawImage = z.input<ImageSchema>

/** One raw image parsed, or null (logged) when it cannot be shown. */
function shownImage(schema: ImageSchema, raw: unknown): ContentImage | null {
  if (raw === null || raw === undefined) return null
  const result = schema.safeParse(raw)
  if (result.success) return result.data
  reportSkipped('image', { id: assetIdOf(raw) }, describe(result.error))
  return null
}

/** Typed with the image's input so the compile-time check against the query reaches inside. */
const rawImage = z.custom<RawImage | null | undefined>(
  (value) => value == null || typeof value === 'object',
  { error: 'not an image' },
)
const rawImages = z.custom<RawImage[] | null | undefined>(
  (value) => value == null || Array.isArray(value),
  { error: 'not a list of images' },
)

/** `mainImage` and `gallery` fields of a document for one language, with a given clock. */
export function buildImageFields(locale: Locale, clock: Clock) {
  const schema = buildImageSchema(locale, clock)
  return {
    /** An optional single image: null when there is none or it cannot be shown. */
    image: rawImage.transform((raw) => shownImage(schema, raw)),
    /** A list of images: the ones that cannot be shown are left out (at most the gallery limit). */
    images: rawImages.transform((raws) =>
      (raws ?? [])
        .slice(0, IMAGE_LIMITS.galleryImages)
        .flatMap((raw) => shownImage(schema, raw) ?? []),
    ),
  }
}

/** The image fields pages use: today's date from the system clock. */
export const imageFields = perLocale((locale: Locale) => buildImageFields(locale, systemClock))
