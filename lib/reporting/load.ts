import 'server-only'
import { read } from '@/lib/content'
import type { Locale } from '@/lib/i18n/routing'
import type { SearchParams } from './filters'
import { activityReportData, indexedReportData } from './report-data'

export type { ActivityReportData } from './report-data'

/** The activities of one project's list (null when there is no such project), or of all projects. */
export function activityRows(locale: Locale, projectSlug: string | null) {
  return projectSlug
    ? read('projectActivities', locale, projectSlug)
    : read('allActivities', locale)
}

/**
 * What an activity list and its print view show, from the URL's filters. A project's list reads
 * its rows whole (a few dozen); the list across projects filters the activity index and reads
 * only the page's rows whole (at 1,000 projects it has 24,000). Null when the project does not
 * exist (nothing else is queried then, so unknown addresses cache nothing).
 */
export async function loadActivityReport(
  locale: Locale,
  projectSlug: string | null,
  searchParams: SearchParams,
) {
  if (projectSlug) return loadActivityExport(locale, projectSlug, searchParams)
  const index = await read('activityIndex', locale)
  return indexedReportData(locale, index, searchParams, async (ids) => {
    return (await read('activitiesByIds', locale, undefined, undefined, ids)) ?? []
  })
}

/**
 * Every row the URL's filters let through, read whole (`shown`): the CSV export, complete
 * whatever the page. The same filter code as the list's, so the download holds exactly the rows
 * the list's pages show.
 */
export async function loadActivityExport(
  locale: Locale,
  projectSlug: string | null,
  searchParams: SearchParams,
) {
  const rows = await activityRows(locale, projectSlug)
  return rows ? activityReportData(locale, rows, searchParams) : null
}
