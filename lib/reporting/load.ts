import 'server-only'
import { read } from '@/lib/content'
import type { Locale } from '@/lib/i18n/routing'
import type { SearchParams } from './filters'
import { activityReportData } from './report-data'

export type { ActivityReportData } from './report-data'

/** The activities of one project's list (null when there is no such project), or of all projects. */
export function activityRows(locale: Locale, projectSlug: string | null) {
  return projectSlug
    ? read('projectActivities', locale, projectSlug)
    : read('allActivities', locale)
}

/**
 * Everything the activity list, its CSV export and its print view show, from the URL's filters:
 * one code path, so the download always holds exactly the rows on screen. Null when the project
 * does not exist (nothing else is queried then, so unknown addresses cache nothing).
 */
export async function loadActivityReport(
  locale: Locale,
  projectSlug: string | null,
  searchParams: SearchParams,
) {
  const rows = await activityRows(locale, projectSlug)
  return rows ? activityReportData(locale, rows, searchParams) : null
}
