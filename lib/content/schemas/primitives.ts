/**
 * The building blocks of the content schemas: slugs, dates, ordered items and localised text.
 * Localised fields arrive whole (`{ka, en}`) and are resolved here for one language: the requested
 * language when it is filled in, else the other one, with `lang` saying which, so pages can mark
 * fallback text with its own `lang` attribute.
 */
import { z } from 'zod'
import { fallbackLocaleFor, routing, type Locale } from '@/lib/i18n/routing'
import { TEXT_LIMITS } from '../limits'
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from '../slug'
import { PARTIAL_DATE_PATTERN } from '../vocabulary'
import { validItems } from './validate'

export type Localized<T> = { value: T; lang: Locale }

export const slug = z
  .string('no slug')
  .max(SLUG_MAX_LENGTH, `slug longer than ${SLUG_MAX_LENGTH} characters`)
  .regex(SLUG_PATTERN, 'not an ASCII slug')
/**
 * A page on the web, as the Studio's own validation has it (`uri({ scheme: ['https', 'http'] })`):
 * `z.url()` alone accepts any scheme, `javascript:` included.
 */
export const webUrl = z.url({ protocol: /^https?$/ })
/**
 * An optional web address (a website): one the Studio would refuse, imported or written through
 * the API, is left out, not its organisation or project.
 */
export const optionalWebUrl = webUrl
  .nullish()
  .catch(null)
  .transform((value) => value ?? null)

export const isoDate = z.iso.date()
/** YYYY-MM-DD, or YYYY-MM when only the month is known ("June 2017"). */
export const partialDate = z.string().regex(PARTIAL_DATE_PATTERN, 'not a YYYY-MM(-DD) date')
export const order = z.number('no order').int().min(1).max(999)

/**
 * A list whose items are validated one by one: a broken item is logged and left out, the rest
 * stay (dangling references arrive as null and are dropped). Typed with the item schema's input,
 * so the compile-time check against the query's type reaches into the items.
 */
export function listOf<S extends z.ZodType>(item: S, what: string) {
  return rawList(item).transform((items) => validItems(item, items, what))
}

/**
 * Like `listOf`, for the references a document holds (e.g. its organisations): the result is a
 * function of the owner's id, so a broken or dangling reference is logged with the document that
 * holds it.
 */
export function referencesTo<S extends z.ZodType>(item: S, what: string) {
  return rawList(item).transform(
    (items) => (owner: string) =>
      validItems(item, items, `${what} of ${owner}`, { reportMissing: true }),
  )
}

function rawList<S extends z.ZodType>(_item: S) {
  return z.custom<z.input<S>[] | null | undefined>(
    (value) => value == null || Array.isArray(value),
    { error: 'not a list' },
  )
}

const portableTextBlock = z.looseObject({ _type: z.string(), _key: z.string() })
export type PortableTextValue = z.infer<typeof portableTextBlock>[]

/** The characters of a Portable Text value, for the length limit. */
function textLength(blocks: PortableTextValue): number {
  let length = 0
  for (const block of blocks) {
    const children: unknown = block.children
    if (!Array.isArray(children)) continue
    for (const child of children) {
      const text: unknown = child?.text
      if (typeof text === 'string') length += text.length
    }
  }
  return length
}

const plainText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `longer than ${max} characters`)
    .transform((text) => text || null)
const richText = z
  .array(portableTextBlock)
  .max(TEXT_LIMITS.richTextBlocks, `more than ${TEXT_LIMITS.richTextBlocks} blocks`)
  .refine((blocks) => textLength(blocks) <= TEXT_LIMITS.richText, {
    error: `longer than ${TEXT_LIMITS.richText} characters`,
  })
  .transform((blocks) => (blocks.length ? blocks : null))

/** The raw `{ka, en}` object of a localised field; every language is optional. */
function languages<T extends z.ZodType>(value: T) {
  return z
    .object(Object.fromEntries(routing.locales.map((locale) => [locale, value.nullish()])))
    .nullish()
}

/** Picks a language of a parsed `{ka, en}` value: the requested one, else the fallback. */
function pick<T>(
  values: Record<string, T | null | undefined> | null | undefined,
  locale: Locale,
): Localized<T> | null {
  for (const lang of [locale, fallbackLocaleFor(locale)]) {
    const value = values?.[lang]
    if (value !== null && value !== undefined) return { value, lang }
  }
  return null
}

function localizedOf<T>(value: z.ZodType<T | null>, locale: Locale) {
  const optional = languages(value).transform((values) => pick(values, locale))
  return {
    /** Null when the field is empty in every language. */
    optional,
    /** Required: a document whose field is empty in every language is invalid. */
    required: optional
      .refine((picked) => picked !== null, 'empty in every language')
      .transform((picked) => picked ?? z.NEVER),
  }
}

/** Localised text fields for one page language. */
export function localizedFields(locale: Locale) {
  return {
    title: localizedOf(plainText(TEXT_LIMITS.title), locale),
    shortTitle: localizedOf(plainText(TEXT_LIMITS.shortTitle), locale),
    text: localizedOf(plainText(TEXT_LIMITS.text), locale),
    richText: localizedOf(richText, locale),
  }
}

/** Every language's text of a localised field, for search across languages. */
export const allLanguages = z
  .record(z.string(), z.unknown())
  .nullish()
  .transform((values) =>
    routing.locales.flatMap((locale) => {
      const text = values?.[locale]
      return typeof text === 'string' && text.trim() ? [text] : []
    }),
  )

/** Schemas built once per language (they capture the language in their transforms). */
export function perLocale<T>(build: (locale: Locale) => T): (locale: Locale) => T {
  const built = new Map<Locale, T>()
  return (locale) => {
    let value = built.get(locale)
    if (value === undefined) {
      value = build(locale)
      built.set(locale, value)
    }
    return value
  }
}
