import type { ReactNode } from 'react'
// The tokens only (custom properties): the Studio's own pages use them, Sanity's UI does not.
import '@/app/styles/tokens.css'

export { metadata, viewport } from 'next-sanity/studio'

/** The Studio is a separate root layout: editors' UI, English, no portal chrome or fonts. */
export default function StudioLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body style={{ margin: 0 }}>{children}</body>
    </html>
  )
}
