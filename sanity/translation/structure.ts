import { catchError, map, of, startWith, type Observable } from 'rxjs'
import { getPublishedId } from 'sanity'
import type { ListBuilder, StructureBuilder, StructureResolver } from 'sanity/structure'
import { byLocale, routing, type Locale } from '../../lib/i18n/routing'
import { SANITY_API_VERSION } from '../../lib/content/api-version'
import { languageName } from '../lib/locales'
import { missingTranslationFilter } from './groq'
import { localizedPathsByType, type SchemaLike } from './localized-paths'

type Counts = Record<Locale, number>
type Context = Parameters<StructureResolver>[1]

/**
 * Live counts: distinct documents (a draft and its published version count once) per language.
 * Null until the first answer, and when the query fails: the structure then shows the lists
 * without numbers rather than not at all.
 */
function translationCounts(context: Context): Observable<Counts | null> {
  const fetch = `{${routing.locales
    .map((locale) => `"${locale}": *[${missingTranslationFilter(context.schema, locale)}]._id`)
    .join(', ')}}`
  // The listener only needs to hear of changes to documents that have localised fields; a short
  // filter keeps its URL (an EventSource GET) short however large the schema grows.
  const listen = '*[_type in $types]'
  const types = [...localizedPathsByType(context.schema).keys()]
  const options = { tag: 'translation-status', apiVersion: SANITY_API_VERSION, throttleTime: 1000 }
  return context.documentStore.listenQuery({ fetch, listen }, { types }, options).pipe(
    map((ids: Record<Locale, string[] | null>) => {
      const counts: Counts = byLocale(
        (locale) => new Set((ids[locale] ?? []).map((id) => getPublishedId(id))).size,
      )
      return counts
    }),
    startWith(null),
    catchError((error: unknown) => {
      console.error('[translation status] counting failed', error)
      return of(null)
    }),
  )
}

/** "Needs English (3)": every document, of any type, with a field that lacks English. */
function needsItem(S: StructureBuilder, schema: SchemaLike, locale: Locale, count?: number) {
  const title = `Needs ${languageName(locale)}`
  return S.listItem()
    .id(`needs-${locale}`)
    .title(count === undefined ? title : `${title} (${count})`)
    .child(
      S.documentList()
        .id(`needs-${locale}`)
        .title(title)
        .apiVersion(SANITY_API_VERSION)
        .filter(missingTranslationFilter(schema, locale))
        .defaultOrdering([{ field: '_type', direction: 'asc' }])
        .initialValueTemplates([]),
    )
}

function isListBuilder(value: unknown): value is ListBuilder {
  return typeof value === 'object' && value !== null && 'getItems' in value && 'items' in value
}

// Georgian is the source language, so "Needs English" is the common case and comes first.
const listOrder = [
  ...routing.locales.filter((locale) => locale !== routing.defaultLocale),
  routing.defaultLocale,
]

/**
 * Wraps a structure so that its root list ends with "Needs English (n)" and "Needs Georgian (n)",
 * counted live. Wired once in sanity.config.ts, so the structure itself stays as it is.
 */
export function withTranslationStatus(resolver: StructureResolver): StructureResolver {
  return (S, context) =>
    translationCounts(context).pipe(
      map((counts) => {
        const root = resolver(S, context)
        if (!isListBuilder(root))
          throw new Error('withTranslationStatus needs a structure of S.list()')
        return root.items([
          ...(root.getItems() ?? []),
          S.divider(),
          ...listOrder.map((locale) => needsItem(S, context.schema, locale, counts?.[locale])),
        ])
      }),
    )
}
