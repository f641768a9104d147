import localFont from 'next/font/local'

// Fonts come from npm (@fontsource) so builds work offline. The Georgian face has no Latin
// glyphs, so it is paired with Noto Sans for Latin text; unicode ranges let the browser fetch
// only the faces a page actually uses.
export const latin = localFont({
  src: [
    {
      path: '../node_modules/@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2',
      weight: '400',
      style: 'normal',
    },
    {
      path: '../node_modules/@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2',
      weight: '700',
      style: 'normal',
    },
  ],
  variable: '--font-latin',
  display: 'swap',
  fallback: ['system-ui', 'Arial', 'sans-serif'],
  declarations: [
    {
      prop: 'unicode-range',
      value:
        'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD',
    },
  ],
})

export const georgian = localFont({
  src: [
    {
      path: '../node_modules/@fontsource/noto-sans-georgian/files/noto-sans-georgian-georgian-400-normal.woff2',
      weight: '400',
      style: 'normal',
    },
    {
      path: '../node_modules/@fontsource/noto-sans-georgian/files/noto-sans-georgian-georgian-700-normal.woff2',
      weight: '700',
      style: 'normal',
    },
  ],
  variable: '--font-georgian',
  display: 'swap',
  fallback: ['system-ui', 'sans-serif'],
  declarations: [
    { prop: 'unicode-range', value: 'U+0589, U+10A0-10FF, U+1C90-1CBA, U+1CBD-1CBF, U+2D00-2D2F' },
  ],
})
