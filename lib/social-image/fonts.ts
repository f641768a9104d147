import 'server-only'
import { readFile } from 'node:fs/promises'
import path from 'node:path'

/**
 * The fonts of the social preview images: Noto Sans Georgian from npm (@fontsource), whose Latin
 * and Latin Extended subsets draw the English text and digits in the same design. WOFF, not the
 * WOFF2 the pages use: Satori (next/og) reads TrueType, OpenType and WOFF only. Each subset is its
 * own family, so Satori takes every glyph from the first family that has it.
 */
export const SOCIAL_IMAGE_FONT_DIR = 'node_modules/@fontsource/noto-sans-georgian/files'
const SUBSETS = ['latin', 'latin-ext', 'georgian'] as const
const WEIGHTS = [400, 700] as const

/** The families in the order Satori should try them (CSS `font-family`). */
export const SOCIAL_IMAGE_FONT_FAMILY = SUBSETS.map((subset) => `Noto ${subset}`).join(', ')

type Font = { name: string; data: Buffer; weight: (typeof WEIGHTS)[number]; style: 'normal' }

async function loadFont(subset: (typeof SUBSETS)[number], weight: Font['weight']): Promise<Font> {
  const file = `noto-sans-georgian-${subset}-${weight}-normal.woff`
  const data = await readFile(path.join(process.cwd(), SOCIAL_IMAGE_FONT_DIR, file))
  return { name: `Noto ${subset}`, data, weight, style: 'normal' }
}

let loading: Promise<Font[]> | null = null

/** Read once per server (about 100 kB); a failed read is retried by the next image. */
export function socialImageFonts(): Promise<Font[]> {
  loading ??= Promise.all(
    SUBSETS.flatMap((subset) => WEIGHTS.map((weight) => loadFont(subset, weight))),
  ).catch((error: unknown) => {
    loading = null
    throw error
  })
  return loading
}
