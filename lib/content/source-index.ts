/**
 * Numbers the sources a page cites, in the order the page first cites them, so that every fact
 * can point to "Source 3" and the page's "Sources" section lists each cited page once, with what
 * it supports. Built on the server from the data; components receive the finished index.
 */
import type { Source } from './schemas/sources'

export type SourceEntry = { number: number; source: Source; supports: string[] }

export type SourceIndex = {
  entries: SourceEntry[]
  /** The numbers of these sources, in ascending order (none for sources not in the index). */
  numbers: (sources: Source[]) => number[]
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
