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

/** True when every word of the query occurs in the text (in any order). */
export function matchesQuery(haystack: string, query: string): boolean {
  const words = normalizeForSearch(query).split(' ').filter(Boolean)
  if (words.length === 0) return true
  const text = normalizeForSearch(haystack)
  return words.every((word) => text.includes(word))
}
