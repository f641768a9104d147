import 'server-only'
import { unstable_cache } from 'next/cache'
import { CONTENT_REVALIDATE_SECONDS, read, resolveRoute } from '@/lib/content'
import { iatiTags } from '@/lib/content/tags'
import { routing } from '@/lib/i18n/routing'
import { siteUrl } from '@/lib/env/public'
import { serverEnv } from '@/lib/env/server'
import { absoluteUrl } from '@/lib/site'
import { buildIati, type IatiLanguage, type IatiReport } from '.'

async function buildReport(projectSlug: string): Promise<IatiReport | null> {
  const languages = await Promise.all(
    routing.locales.map(async (locale) => ({
      locale,
      project: await read('project', locale, projectSlug),
      activities: await read('iatiActivities', locale, projectSlug),
    })),
  )
  const complete = languages.flatMap(({ locale, project, activities }): IatiLanguage[] =>
    project && activities ? [{ locale, project, activities }] : [],
  )
  if (complete.length < languages.length) return null
  return buildIati({
    languages: complete,
    generatedAt: new Date(),
    contentUpdatedAt: await read('contentTime', routing.defaultLocale, projectSlug),
    siteUrl,
    secondaryReporter: serverEnv().IATI_REPORTING !== 'primary',
    pageUrl: absoluteUrl,
  })
}

/**
 * A project's IATI file and readiness, for the file route and the project's "About this data"
 * page. Building and checking the file (both languages' project and activities read and
 * validated, then IATI's ruleset) took the filtered lists that once showed the readiness from 115
 * to 22 requests/s; so the report is cached like the content it is built from, under the same tags: the webhook that changes what
 * goes into the file rebuilds it. An address that is not a project's current one is answered from
 * the route index and caches nothing.
 */
export async function loadIati(projectSlug: string): Promise<IatiReport | null> {
  if ((await resolveRoute(projectSlug)).status !== 'found') return null
  // Read here first: inside `unstable_cache` Next bypasses its cache for every nested read (the
  // route index included: ~30 s at 1,000 projects), and these make the reads inside hit React's
  // per-request cache instead.
  await Promise.all([
    ...routing.locales.flatMap((locale) => [
      read('project', locale, projectSlug),
      read('iatiActivities', locale, projectSlug),
    ]),
    read('contentTime', routing.defaultLocale, projectSlug),
  ])
  return unstable_cache(() => buildReport(projectSlug), ['iati-report', projectSlug], {
    tags: iatiTags(projectSlug),
    revalidate: CONTENT_REVALIDATE_SECONDS,
  })()
}
