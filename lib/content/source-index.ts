/**
 * Numbers the sources a page cites, in the order the page first cites them, so that every fact
 * can point to "Source 3" and the page's "Sources" section lists each cited page once, with what
 * it supports. Built on the server from the data; components receive the finished index.
 */
import { citationOf, type Citation, type Fact, type Source } from './schemas/sources'

export type SourceEntry = { number: number; source: Source; supports: string[] }

export type SourceIndex = {
  entries: SourceEntry[]
  /** The numbers of these sources, in ascending order (none for sources not in the index). */
  numbers: (sources: Source[]) => number[]
  /**
   * The locale-less path of the page that lists these sources, when it is not the page citing
   * them (the project overview cites the sources its facts page lists).
   */
  listedAt?: string
}

/** Sources and what they support on the page, named as the page names it. */
export type CitedGroup = { label: string; sources: Source[] }

export function buildSourceIndex(groups: CitedGroup[]): SourceIndex {
  const byId = new Map<string, SourceEntry>()
  for (const group of groups) {
    for (const source of group.sources) {
      let entry = byId.get(source.id)
      if (!entry) {
        entry = { number: byId.size + 1, source, supports: [] }
        byId.set(source.id, entry)
      }
      if (!entry.supports.includes(group.label)) entry.supports.push(group.label)
    }
  }
  return {
    entries: [...byId.values()],
    numbers: (sources) =>
      [...new Set(sources.map((source) => byId.get(source.id)?.number))]
        .filter((number): number is number => number !== undefined)
        .sort((a, b) => a - b),
  }
}

/** The same numbering, for a page whose references lead to the sources listed on `path`. */
export function listedOn(index: SourceIndex, path: string): SourceIndex {
  return { ...index, listedAt: path }
}

/** The numbers of the sources cited for these facts of a document. */
export function factNumbers(index: SourceIndex, citations: Citation[], ...facts: Fact[]) {
  return index.numbers(facts.flatMap((fact) => citationOf(citations, fact)?.sources ?? []))
}
