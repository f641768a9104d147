import 'server-only'
import { getAllActivities, getProjectActivities } from '@/lib/content'
import { collatorFor } from '@/lib/i18n/format'
import { fallbackLocaleFor, type Locale } from '@/lib/i18n/routing'
import { facetCounts, filterActivities, filterOptions, toRows } from './activities'
import { parseFilters, type SearchParams } from './filters'

/**
 * Everything the activity list, its CSV export and its print view show, from the URL's filters:
 * one code path, so the download always holds exactly the rows on screen.
 */
export async function loadActivityReport(
  locale: Locale,
  projectSlug: string | null,
  searchParams: SearchParams,
) {
  const fetchIn = (l: Locale) =>
    projectSlug ? getProjectActivities(l, projectSlug) : getAllActivities(l)
  const [activities, otherLanguage] = await Promise.all([
    fetchIn(locale),
    fetchIn(fallbackLocaleFor(locale)),
  ])
  const rows = toRows(activities, otherLanguage)
  const options = filterOptions(activities)
  const { filters, notices } = parseFilters(searchParams, options)
  const shown = filterActivities(rows, filters, collatorFor(locale))
  return { rows, shown, filters, notices, counts: facetCounts(rows, filters), otherLanguage }
}

/** The data of one activity list (the component that shows it is `ActivityReport`). */
export type ActivityReportData = Awaited<ReturnType<typeof loadActivityReport>>
