/**
 * The translation report of a dataset (what `npm run content:status` prints): which documents the
 * "Needs English" / "Needs Georgian" filters select (the same GROQ the Studio sends to the Content
 * Lake, here run by any GROQ runner, e.g. the embedded source's groq-js), and which fields of each
 * document lack the language.
 */
import { z } from 'zod'
import type { QueryParams } from '../../lib/content/backends/types'
import { byLocale, routing, type Locale } from '../../lib/i18n/routing'
import { languageTitle } from '../lib/locales'
import { missingTranslationFilter } from './groq'
import type { SchemaLike } from './localized-paths'
import { missingTranslations } from './missing'

const documentSchema = z.looseObject({ _id: z.string(), _type: z.string() })
type Document = z.infer<typeof documentSchema>

/** Runs a GROQ query: the embedded source's `fetch`, a Sanity client's, or groq-js in a test. */
export type GroqFetch = (query: string, params: QueryParams) => Promise<unknown>

export type ReportEntry = { id: string; type: string; title: string; fields: string[] }

export type TranslationReport = {
  documents: number
  needs: Record<Locale, ReportEntry[]>
  complete: boolean
}

/** A readable name for a document: its title or name in any language, else its id. */
function documentTitle(document: Document): string {
  for (const field of ['title', 'name']) {
    const value = document[field]
    if (value && typeof value === 'object') {
      const text = routing.locales
        .map((locale): unknown => Reflect.get(value, locale))
        .find((candidate) => typeof candidate === 'string' && candidate.trim())
      if (typeof text === 'string') return text
    }
  }
  return document._id
}

export async function translationReport(
  schema: SchemaLike,
  fetch: GroqFetch,
): Promise<TranslationReport> {
  const found = new Map<Locale, ReportEntry[]>()
  for (const locale of routing.locales) {
    const query = `*[${missingTranslationFilter(schema, locale)}] | order(_type asc, _id asc)`
    const documents = z.array(documentSchema).parse(await fetch(query, {}))
    found.set(
      locale,
      documents.map((document) => {
        const id = document._id
        const fields = missingTranslations(schema, document)
          .filter((entry) => entry.missing.includes(locale))
          .map((entry) => entry.path)
        return { id, type: document._type, title: documentTitle(document), fields }
      }),
    )
  }
  const needs = byLocale((locale) => found.get(locale) ?? [])
  const complete = routing.locales.every((locale) => needs[locale].length === 0)
  const documents = z.number().parse(await fetch('count(*)', {}))
  return { documents, needs, complete }
}

/** The report as plain text, one block per language. */
export function formatTranslationReport(report: TranslationReport, source: string): string {
  const lines = [`Translation status of ${source} (${report.documents} documents)`]
  for (const locale of routing.locales) {
    const entries = report.needs[locale]
    lines.push('', `Needs ${languageTitle(locale)}: ${entries.length}`)
    for (const entry of entries) {
      lines.push(`  ${entry.type} ${entry.id} "${entry.title}"`)
      for (const field of entry.fields) lines.push(`    - ${field}`)
    }
  }
  lines.push(
    '',
    report.complete ? 'Everything is translated.' : 'Some texts still lack a translation.',
  )
  return lines.join('\n')
}
