import 'server-only'
import { getAllActivities, getProjectActivities } from '@/lib/content'
import { collatorFor } from '@/lib/i18n/format'
import type { Locale } from '@/lib/i18n/routing'
import { facetCounts, filterActivities, filterOptions } from './activities'
import { parseFilters, type SearchParams } from './filters'

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
  const rows = projectSlug
    ? await getProjectActivities(locale, projectSlug)
    : await getAllActivities(locale)
  if (!rows) return null
  const { filters, notices } = parseFilters(searchParams, filterOptions(rows))
  const shown = filterActivities(rows, filters, collatorFor(locale))
  return { rows, shown, filters, notices, counts: facetCounts(rows, filters) }
}

export type ActivityReportData = NonNullable<Awaited<ReturnType<typeof loadActivityReport>>>
