export type QueryParams = Record<string, string | number | boolean | readonly string[] | null>

/** A place GROQ queries run: the embedded dataset or Sanity's Content Lake. Same query, same result. */
export interface ContentSource {
  readonly kind: 'embedded' | 'sanity'
  fetch(query: string, params: QueryParams): Promise<unknown>
}
