import 'server-only'
import { hasLocale } from 'next-intl'
import { getTranslations } from 'next-intl/server'
import { type NextRequest, NextResponse } from 'next/server'
import { getPathname } from '@/lib/i18n/navigation'
import { routing, type Locale } from '@/lib/i18n/routing'
import { methodsNotAllowed } from '@/lib/method-not-allowed'
import { CSV_LANGUAGE_PARAM, SHARED_CACHE_CONTROL } from '@/lib/http/query-params'
import { paths } from '@/lib/paths'
import { absoluteUrl } from '@/lib/site'
import { activitiesCsv } from './csv'
import { renamedProjectRedirect } from './renamed-project'
import { csvLabels } from './csv-labels'
import type { SearchParams } from './filters'
import { activityRows, loadActivityExport } from './load'

async function labelsFor(locale: Locale) {
  return csvLabels(
    await getTranslations({ locale, namespace: 'Csv' }),
    await getTranslations({ locale, namespace: 'Status' }),
  )
}

/**
 * The CSV download of an activity list: exactly the rows the same URL shows on screen, in the
 * page's language, or in every language side by side with `lang=both`. Null when the project does
 * not exist.
 */
async function activitiesCsvResponse(locale: Locale, projectSlug: string | null, url: URL) {
  const searchParams: SearchParams = {}
  for (const key of new Set(url.searchParams.keys()))
    searchParams[key] = url.searchParams.getAll(key)
  const report = await loadActivityExport(locale, projectSlug, searchParams)
  if (!report) return null
  const both = url.searchParams.get(CSV_LANGUAGE_PARAM) === 'both'
  const ids = new Set(report.shown.map((row) => row.id))
  const languages = await Promise.all(
    (both ? [locale, ...routing.locales.filter((l) => l !== locale)] : [locale]).map(async (l) => {
      const all = l === locale ? report.shown : ((await activityRows(l, projectSlug)) ?? [])
      return {
        locale: l,
        activities: all.filter((activity) => ids.has(activity.id)),
        labels: await labelsFor(l),
      }
    }),
  )
  // Keep the on-screen order in every language.
  const order = new Map(report.shown.map((row, index) => [row.id, index]))
  for (const language of languages)
    language.activities.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))

  const csv = activitiesCsv(languages, (activity, l) =>
    absoluteUrl(paths.activity(activity.project.slug, activity.slug), l),
  )
  const date = new Date().toISOString().slice(0, 10)
  const name = `${projectSlug ?? 'all-projects'}-activities-${both ? 'ka-en' : locale}-${date}.csv`
  return new Response(csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${name}"`,
      // Like the list it comes from: kept by shared caches (each distinct filter made once per
      // content version), dropped by the webhook.
      'cache-control': SHARED_CACHE_CONTROL,
    },
  })
}

/** The routes that download an activity list: every project's, or one project's. */
type ActivitiesCsvRoute = '/[locale]/activities.csv' | '/[locale]/projects/[project]/activities.csv'

/**
 * The handlers of an activity list's CSV route: GET answers with the CSV (404 for an unknown
 * locale or project, 308 to the current address for a renamed project's old one), the other
 * methods with 405.
 */
export function activitiesCsvRoute(route: ActivitiesCsvRoute) {
  async function GET(
    request: NextRequest,
    { params }: { params: Promise<{ locale: string; project?: string }> },
  ) {
    const { locale, project } = await params
    if (!hasLocale(routing.locales, locale)) {
      return NextResponse.json({ error: 'not found' }, { status: 404 })
    }
    const moved = project
      ? await renamedProjectRedirect(project, request.nextUrl, (slug) =>
          getPathname({ href: paths.activitiesCsv(slug), locale }),
        )
      : null
    if (moved) return moved
    const response = await activitiesCsvResponse(locale, project ?? null, request.nextUrl)
    return response ?? NextResponse.json({ error: 'not found' }, { status: 404 })
  }
  return { GET, ...methodsNotAllowed(route) }
}
