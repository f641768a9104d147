/**
 * The GROQ filters behind "Needs English" and "Needs Georgian": one definition, built from the
 * schema, used by the Studio's structure (against the Content Lake) and by `npm run content:status`
 * (with groq-js over the embedded NDJSON), so both always agree.
 *
 * A document needs a language when some localised field has text in another language but none in
 * this one. A field empty in every language is not a translation gap (validation reports a
 * required field that is empty).
 */
import { routing, type Locale } from '../../lib/i18n/routing'
import { localizedPathsByType, type PathSegment, type SchemaLike } from './localized-paths'

/** Text in one language: a non-empty string, or rich text with at least one block. */
function filled(expression: string, locale: Locale): string {
  const value = `${expression}.${locale}`
  return `(defined(${value}) && length(${value}) > 0)`
}

function lacks(expression: string, locale: Locale): string {
  const others = routing.locales.filter((other) => other !== locale)
  const anyOther = others.map((other) => filled(expression, other)).join(' || ')
  return `((${anyOther}) && !${filled(expression, locale)})`
}

function pathCondition(segments: PathSegment[], locale: Locale, scope: string): string {
  const [head, ...rest] = segments
  if (!head) return lacks(scope, locale)
  if (head.kind === 'field') {
    return pathCondition(rest, locale, scope ? `${scope}.${head.name}` : head.name)
  }
  const items = `${scope}[_type == ${JSON.stringify(head.type)} && ${pathCondition(rest, locale, '@')}]`
  return `count(${items}) > 0`
}

/** A GROQ filter (without `*[…]`) matching every document that lacks `locale` somewhere. */
export function missingTranslationFilter(schema: SchemaLike, locale: Locale): string {
  const perType = [...localizedPathsByType(schema)].map(([type, paths]) => {
    const anyPath = paths.map((path) => pathCondition(path.segments, locale, '')).join(' || ')
    return `(_type == ${JSON.stringify(type)} && (${anyPath}))`
  })
  return perType.length > 0 ? perType.join(' || ') : 'false'
}
