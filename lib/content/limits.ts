/**
 * How long a text may be: the Studio refuses longer input, and the data layer treats a longer text
 * (imported or written around the Studio) as a broken document. Generous enough for real content,
 * small enough that one field can never make a page megabytes long.
 */
export const TEXT_LIMITS = {
  /** Titles and names. */
  title: 300,
  /** Short titles, acronyms and labels shown in tables and filters. */
  shortTitle: 60,
  /** Plain-text summaries and objectives. */
  text: 2000,
  /** All the text of one rich-text field, in characters. */
  richText: 40_000,
  /** Blocks (paragraphs, headings, list items) in one rich-text field. */
  richTextBlocks: 400,
  /** Entries in a slug history. */
  previousSlugs: 20,
} as const

/**
 * Photos: how many a gallery holds, and the widest rendition the site ever asks for (wider
 * screens get the same file shown smaller: a photo column is never wider than the text column's
 * double). The credit and licence are short lines.
 */
export const IMAGE_LIMITS = {
  galleryImages: 24,
  maxWidth: 1600,
  /** The widths a `srcset` offers (up to the file's own width), online and offline alike. */
  srcsetWidths: [320, 480, 640, 800, 1024, 1280, 1600],
  /** The one quality asked of the CDN and the optimiser (next.config.ts `images.qualities`). */
  quality: 75,
  credit: 200,
} as const
