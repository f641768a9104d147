/**
 * Where facts come from: the cited pages (`source` documents) and the citations that tie a fact of
 * a document to them. A dangling or broken source is logged and left out; a citation left without
 * any source is dropped, so a page never shows a fact as sourced when it is not.
 */
import { z } from 'zod'
import type { Locale } from '@/lib/i18n/routing'
import {
  ACTIVITY_FACT_VALUES,
  DOCUMENT_LANGUAGE_VALUES,
  LOOSE_DATE_PATTERN,
  PROJECT_FACT_VALUES,
  SOURCE_KIND_VALUES,
} from '../donor-vocabulary'
import { isoDate, listOf, localizedFields, perLocale, webUrl } from './primitives'

export const sourceSchema = perLocale((locale: Locale) => {
  const text = localizedFields(locale)
  return z
    .object({
      id: z.string(),
      title: z.string().trim().min(1, 'no title').max(300),
      url: webUrl,
      publisher: text.title.required,
      kind: z.enum(SOURCE_KIND_VALUES),
      language: z.enum(DOCUMENT_LANGUAGE_VALUES),
      published: z.string().regex(LOOSE_DATE_PATTERN).nullish(),
      seen: isoDate,
      quote: z.string().trim().min(1, 'no quote').max(2000),
      note: text.text.optional,
    })
    .transform((raw) => ({ ...raw, published: raw.published ?? null }))
})
export type Source = z.output<ReturnType<typeof sourceSchema>>

/** The sources of one fact or item, valid ones only. */
export const sourceList = perLocale((locale: Locale) => listOf(sourceSchema(locale), 'source'))

const FACTS = [...new Set([...PROJECT_FACT_VALUES, ...ACTIVITY_FACT_VALUES])] as const
export type Fact = (typeof FACTS)[number]

export const citationSchema = perLocale((locale: Locale) =>
  z.object({
    fact: z.enum(FACTS),
    note: localizedFields(locale).text.optional,
    sources: sourceList(locale),
  }),
)
export type Citation = z.output<ReturnType<typeof citationSchema>>

/** A document's citations: those that still have a source. */
export const citationList = perLocale((locale: Locale) =>
  listOf(citationSchema(locale), 'citation').transform((citations) =>
    citations.filter((citation) => citation.sources.length > 0),
  ),
)

/** The citation of one fact, if the document has one. */
export function citationOf(citations: Citation[], fact: Fact): Citation | null {
  return citations.find((citation) => citation.fact === fact) ?? null
}
