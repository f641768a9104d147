import { useEffect, useState } from 'react'
import { useClient } from 'sanity'
import { z } from 'zod'
import { SANITY_API_VERSION } from '../lib/content/api-version'
import { routing, type Locale } from '../lib/i18n/routing'

const LANGUAGE_NAMES: Record<Locale, string> = { ka: 'ქართული', en: 'English' }

/** What /api/iati/[project]/readiness answers (app/api/iati/[project]/readiness/route.ts). */
const languageText = z.object({
  verdict: z.string(),
  blocking: z.array(z.string()),
  incompleteHeading: z.string(),
  incomplete: z.array(z.string()),
  identifier: z.string(),
})
const readinessSchema = z.object({
  publishable: z.boolean(),
  languages: z.record(z.enum(routing.locales), languageText),
})
type Readiness = z.infer<typeof readinessSchema>

type State =
  { status: 'loading' } | { status: 'failed'; why: string } | { status: 'ready'; data: Readiness }

const box = { padding: '1rem', font: '14px/1.5 system-ui, sans-serif', maxWidth: '60rem' } as const

/**
 * The project's IATI readiness in the Studio, in both languages: what blocks publication and what
 * is incomplete, as the portal's "About this data" page shows it. It reads the published project
 * (the file is built from published content): edits show once they are published.
 */
export function IatiReadinessPane({ options }: { options?: Record<string, unknown> }) {
  const client = useClient({ apiVersion: SANITY_API_VERSION })
  const [state, setState] = useState<State>({ status: 'loading' })
  const projectId = typeof options?.projectId === 'string' ? options.projectId : null
  useEffect(() => {
    let current = true
    const load = async () => {
      if (!projectId) throw new Error('no project is selected')
      const slug: unknown = await client.fetch('*[_id == $id][0].slug.current', {
        id: projectId.replace(/^drafts\./, ''),
      })
      if (typeof slug !== 'string') throw new Error('the project is not published yet')
      const response = await fetch(`/api/iati/${encodeURIComponent(slug)}/readiness`)
      if (!response.ok) throw new Error(`the portal answered ${response.status}`)
      return readinessSchema.parse(await response.json())
    }
    load().then(
      (data) => current && setState({ status: 'ready', data }),
      (error: unknown) =>
        current &&
        setState({ status: 'failed', why: error instanceof Error ? error.message : String(error) }),
    )
    return () => {
      current = false
    }
  }, [client, projectId])

  if (state.status === 'loading') return <p style={box}>Checking the IATI file…</p>
  if (state.status === 'failed') {
    return <p style={box}>The IATI readiness could not be read: {state.why}.</p>
  }
  return (
    <div style={box}>
      {routing.locales.map((locale) => {
        const text = state.data.languages[locale]
        if (!text) return null
        return (
          <section key={locale} lang={locale} aria-label={LANGUAGE_NAMES[locale]}>
            <h2 style={{ fontSize: '1rem' }}>{LANGUAGE_NAMES[locale]}</h2>
            <p>
              <strong>{text.verdict}</strong>
            </p>
            {text.blocking.length > 0 && (
              <ul>
                {text.blocking.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            )}
            {text.incomplete.length > 0 && (
              <>
                <p>{text.incompleteHeading}</p>
                <ul>
                  {text.incomplete.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </>
            )}
            <p>{text.identifier}</p>
          </section>
        )
      })}
    </div>
  )
}
