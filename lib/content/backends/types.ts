export type QueryParams = Record<string, string | number | boolean | readonly string[] | null>

export type FetchOptions = {
  /** Editor preview (draft mode): read drafts instead of published documents, where the source can. */
  preview?: boolean
}

/** A place GROQ queries run: the embedded dataset or Sanity's Content Lake. Same query, same result. */
export interface ContentBackend {
  readonly kind: 'embedded' | 'sanity'
  fetch(query: string, params: QueryParams, options?: FetchOptions): Promise<unknown>
}
