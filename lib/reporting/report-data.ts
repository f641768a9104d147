import type { ReportingActivity } from '@/lib/content/schemas'
import { collatorFor } from '@/lib/i18n/format'
import type { Locale } from '@/lib/i18n/routing'
import { facetCounts, filterActivities, filterOptions } from './activities'
import { parseFilters, type SearchParams } from './filters'
import { ACTIVITIES_PAGE_SIZE, pageOf } from '@/lib/site/paging'

/**
 * What an activity list shows, from its activities and the URL's filters: the rows the filters
 * let through in the order asked for (`shown`: all of them, what the CSV holds; `page`: the page of
 * them on screen, null when the URL's `page` is not one), the notices for values that were ignored,
 * and the counts.
 */
export function activityReportData(
  locale: Locale,
  rows: ReportingActivity[],
  searchParams: SearchParams,
) {
  const { filters, notices } = parseFilters(searchParams, filterOptions(rows))
  const shown = filterActivities(rows, filters, collatorFor(locale))
  const page = pageOf(shown, searchParams, ACTIVITIES_PAGE_SIZE)
  return { rows, shown, page, filters, notices, counts: facetCounts(rows, filters) }
}

/** The data of one activity list (the component that shows it is `ActivityReport`). */
export type ActivityReportData = ReturnType<typeof activityReportData>
