/**
 * Text search that works for Georgian and English alike: Unicode-normalised, case-folded
 * (Georgian Mtavruli capitals fold to Mkhedruli), whitespace collapsed, punctuation ignored.
 */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
}

/** The words of a query, normalised (none: every text matches). */
export function queryWords(query: string): string[] {
  return normalizeForSearch(query).split(' ').filter(Boolean)
}

/** True when every word of the query occurs in the text (in any order). */
export function matchesQuery(haystack: string, query: string): boolean {
  const words = queryWords(query)
  if (words.length === 0) return true
  return containsWords(normalizeForSearch(haystack), words)
}

/** True when every one of `words` (`queryWords`) occurs in `text`, already normalised. */
export function containsWords(text: string, words: string[]): boolean {
  return words.every((word) => text.includes(word))
}
