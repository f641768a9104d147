import localFont from 'next/font/local'

// Georgian text is set in Noto Sans Georgian, from npm (@fontsource) so builds work offline, and
// subset to the Mkhedruli alphabet by scripts/subset-fonts.mjs (run before build and dev). It has no
// Latin glyphs, so it pairs with the system's sans-serif face for Latin text and digits: a second
// webfont would cost ~26 kB on every page for text every system font already renders well.
export const georgian = localFont({
  src: [
    { path: './fonts/noto-sans-georgian-mkhedruli-400.woff2', weight: '400', style: 'normal' },
    { path: './fonts/noto-sans-georgian-mkhedruli-700.woff2', weight: '700', style: 'normal' },
  ],
  variable: '--font-georgian',
  display: 'swap',
  // Not preloaded: an English page would fetch both files (13 kB) for one word, the language
  // switch's "ქართული", which the system's Georgian face sets (header.css). A Georgian page asks
  // for them with its first stylesheet, as soon as its text needs them.
  preload: false,
  fallback: ['system-ui', 'sans-serif'],
  declarations: [{ prop: 'unicode-range', value: 'U+10D0-10FF' }],
})
