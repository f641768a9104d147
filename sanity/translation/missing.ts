/**
 * The same rule as the GROQ filters (./groq.ts), evaluated on one document in JavaScript, down to
 * the exact field: for the document badge and the per-field report of `content:status`.
 */
import { routing, type Locale } from '../../lib/i18n/routing'
import { localizedPathsByType, type LocalizedPath, type SchemaLike } from './localized-paths'

export type MissingTranslation = {
  /** e.g. `title`, `logo.alt`, `indicators[2].title` */
  path: string
  /** e.g. "Logo › Alternative text" */
  title: string
  missing: Locale[]
}

/** Mirrors `filled()` in ./groq.ts: GROQ's `length()` of a string or an array. */
export function isFilled(value: unknown): boolean {
  return (typeof value === 'string' || Array.isArray(value)) && value.length > 0
}

/** A field of an object read from the Content Lake, or undefined for anything else. */
function fieldOf(value: unknown, name: string): unknown {
  return value && typeof value === 'object' ? Reflect.get(value, name) : undefined
}

/** The languages a localised value lacks while having text in another language. */
export function lackingLanguages(value: unknown): Locale[] {
  const present = routing.locales.filter((locale) => isFilled(fieldOf(value, locale)))
  if (present.length === 0) return []
  return routing.locales.filter((locale) => !present.includes(locale))
}

function walk(
  value: unknown,
  path: LocalizedPath,
  depth: number,
  at: string,
  titles: string[],
  out: MissingTranslation[],
): void {
  const segment = path.segments[depth]
  if (!segment) {
    const missing = lackingLanguages(value)
    if (missing.length > 0) out.push({ path: at, title: titles.join(' › '), missing })
    return
  }
  if (segment.kind === 'field') {
    const child = fieldOf(value, segment.name) ?? null
    walk(
      child,
      path,
      depth + 1,
      at ? `${at}.${segment.name}` : segment.name,
      [...titles, segment.title],
      out,
    )
    return
  }
  if (!Array.isArray(value)) return
  value.forEach((item: unknown, index) => {
    const type = item && typeof item === 'object' ? (item as { _type?: unknown })._type : undefined
    if (type === segment.type) walk(item, path, depth + 1, `${at}[${index}]`, titles, out)
  })
}

/** Every localised field of a document that lacks a language (none for unknown types). */
export function missingTranslations(
  schema: SchemaLike,
  document: { _type: string } | null | undefined,
): MissingTranslation[] {
  if (!document) return []
  const paths = localizedPathsByType(schema).get(document._type) ?? []
  const out: MissingTranslation[] = []
  for (const path of paths) walk(document, path, 0, '', [], out)
  return out
}

/** The languages a document lacks anywhere, in routing order. */
export function documentLacks(missing: MissingTranslation[]): Locale[] {
  return routing.locales.filter((locale) => missing.some((entry) => entry.missing.includes(locale)))
}
