// Subsets the Georgian webfont (from npm: @fontsource/noto-sans-georgian) to the Mkhedruli
// alphabet, the only Georgian script the portal's texts use, before every build and dev start.
// Cuts each weight from ~16.5 kB to ~6 kB; Latin text uses the system's sans-serif face.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import subsetFont from 'subset-font'

const require = createRequire(import.meta.url)
const source = path.dirname(require.resolve('@fontsource/noto-sans-georgian/package.json'))
const target = path.join(import.meta.dirname, '../app/fonts')

/** Mkhedruli letters and signs (U+10D0–U+10FF); must match the unicode-range in app/fonts.ts. */
const MKHEDRULI = Array.from({ length: 0x10ff - 0x10d0 + 1 }, (_, i) =>
  String.fromCodePoint(0x10d0 + i),
).join('')

mkdirSync(target, { recursive: true })
for (const weight of [400, 700]) {
  const file = `noto-sans-georgian-georgian-${weight}-normal.woff2`
  const font = readFileSync(path.join(source, 'files', file))
  const subset = await subsetFont(font, MKHEDRULI, { targetFormat: 'woff2' })
  writeFileSync(path.join(target, `noto-sans-georgian-mkhedruli-${weight}.woff2`), subset)
  console.log(`${file}: ${font.length} → ${subset.length} bytes`)
}
