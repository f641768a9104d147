// subset-font (CommonJS, ships no types): the API its README documents.
declare module 'subset-font' {
  interface SubsetFontOptions {
    /** Output format; defaults to the input's. `'truetype'` is an alias of `'sfnt'`. */
    targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2'
    /** Extra `name` table ids to keep. */
    preserveNameIds?: number[]
    /** Four-character OpenType feature tags to keep (default: all). */
    keepFeatures?: string[]
    /** Full or partial instancing of a variable font's axes. */
    variationAxes?: Record<string, number | { min?: number; max?: number; default?: number }>
    /** Keep every glyph (then `text` must be omitted, `null` or empty). */
    keepAllGlyphs?: boolean
    noLayoutClosure?: boolean
    glyphNames?: boolean
    noHinting?: boolean
    /** Four-character SFNT table tags to drop. */
    dropTables?: string[]
  }

  /**
   * The subset of `font` (TTF, WOFF or WOFF2) covering the characters of `text`; `text` is left
   * out (or `null`, or empty) only with `keepAllGlyphs`.
   */
  function subsetFont(
    font: Buffer,
    text?: string | null,
    options?: SubsetFontOptions,
  ): Promise<Buffer>

  // module.exports = the function.
  export = subsetFont
}
