import 'server-only'
import { createHash } from 'node:crypto'
import { getIatiActivities, getProject } from '@/lib/content'
import { routing } from '@/lib/i18n/routing'
import { absoluteUrl } from '@/lib/site'
import { buildIati, type IatiLanguage, type IatiReport } from '.'

/**
 * A project's IATI file and readiness, for the file route and the activity lists. Building and
 * checking the file takes tens of milliseconds, and filtered lists render per request, so the
 * report is kept per content version (a hash of what went in): the same content is checked once.
 */
const MAX_KEPT = 20
const kept = new Map<string, IatiReport>()

export async function loadIati(projectSlug: string): Promise<IatiReport | null> {
  const languages = await Promise.all(
    routing.locales.map(async (locale) => ({
      locale,
      project: await getProject(locale, projectSlug),
      activities: await getIatiActivities(locale, projectSlug),
    })),
  )
  const complete = languages.flatMap(({ locale, project, activities }): IatiLanguage[] =>
    project && activities ? [{ locale, project, activities }] : [],
  )
  if (complete.length < languages.length) return null

  const key = createHash('sha256').update(JSON.stringify(complete)).digest('hex')
  const cached = kept.get(key)
  if (cached) return cached
  const report = buildIati({ languages: complete, generatedAt: new Date(), pageUrl: absoluteUrl })
  const oldest = kept.keys().next().value
  if (kept.size >= MAX_KEPT && oldest !== undefined) kept.delete(oldest)
  kept.set(key, report)
  return report
}
