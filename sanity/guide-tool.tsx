import { useState } from 'react'
import { definePlugin } from 'sanity'
import { routing, type Locale } from '../lib/i18n/routing'
import { editorsGuidePath } from './lib/editors-guide'

const LANGUAGE_NAMES: Record<Locale, string> = { ka: 'ქართული', en: 'English' }

const bar = {
  display: 'flex',
  gap: '0.5rem',
  alignItems: 'center',
  padding: '0.5rem 1rem',
  borderBottom: '1px solid #e3e4e8',
  font: '14px system-ui, sans-serif',
} as const

/** The editors' guide inside the Studio, in either language, beside the editing tools. */
function EditorsGuide() {
  const [locale, setLocale] = useState<Locale>('en')
  const href = editorsGuidePath(locale)
  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: '100%' }}>
      <nav style={bar} aria-label="Guide language">
        {routing.locales.map((id) => (
          <button
            key={id}
            type="button"
            lang={id}
            aria-pressed={id === locale}
            onClick={() => setLocale(id)}
            style={{ fontWeight: id === locale ? 700 : 400 }}
          >
            {LANGUAGE_NAMES[id]}
          </button>
        ))}
        <a href={href} target="_blank" rel="noreferrer" style={{ marginLeft: 'auto' }}>
          Open in a new tab
        </a>
      </nav>
      <iframe title="Editors’ guide" src={href} style={{ flex: 1, border: 0, width: '100%' }} />
    </div>
  )
}

/** A "Guide" tool in the Studio's top bar: docs/editors-guide.*.md, as the site renders it. */
export const editorsGuideTool = definePlugin({
  name: 'editors-guide',
  tools: [{ name: 'guide', title: 'Guide', component: EditorsGuide }],
})
