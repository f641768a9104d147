import type { ReportingActivity } from '@/lib/content/schemas'
import { collatorFor } from '@/lib/i18n/format'
import type { Locale } from '@/lib/i18n/routing'
import { facetCounts, filterActivities, filterOptions, type FilterRow } from './activities'
import { parseFilters, type SearchParams } from './filters'
import { ACTIVITIES_PAGE_SIZE, pageOf, type Paged } from '@/lib/site/paging'

/**
 * What an activity list shows, from its rows and the URL's filters: every row (`rows`: what the
 * filter choices come from), the rows the filters let through in the order asked for (`shown`),
 * the page of them on screen read whole (`page`, null when the URL's `page` is not one), the
 * notices for values that were ignored, and the counts.
 */
export type ActivityReportData<Row extends FilterRow = FilterRow> = {
  rows: Row[]
  shown: Row[]
  page: Paged<ReportingActivity> | null
  filters: ReturnType<typeof parseFilters>['filters']
  notices: ReturnType<typeof parseFilters>['notices']
  counts: ReturnType<typeof facetCounts>
}

function filtered<Row extends FilterRow>(locale: Locale, rows: Row[], searchParams: SearchParams) {
  const { filters, notices } = parseFilters(searchParams, filterOptions(rows))
  const shown = filterActivities(rows, filters, collatorFor(locale))
  return { rows, shown, filters, notices, counts: facetCounts(rows, filters) }
}

/** An activity list from its whole rows (a project's list, and every CSV: `shown` is what it holds). */
export function activityReportData(
  locale: Locale,
  rows: ReportingActivity[],
  searchParams: SearchParams,
): ActivityReportData<ReportingActivity> {
  const data = filtered(locale, rows, searchParams)
  return { ...data, page: pageOf(data.shown, searchParams, ACTIVITIES_PAGE_SIZE) }
}

/**
 * An activity list from an activity index (lib/content/schemas/activity-index.ts): filtered,
 * sorted and counted as `activityReportData` does, but only the page on screen is read whole
 * (`readRows`, in the order given), so a page costs what it shows whatever the list's length.
 */
export async function indexedReportData(
  locale: Locale,
  rows: FilterRow[],
  searchParams: SearchParams,
  readRows: (ids: string[]) => Promise<ReportingActivity[]>,
): Promise<ActivityReportData> {
  const data = filtered(locale, rows, searchParams)
  const page = pageOf(data.shown, searchParams, ACTIVITIES_PAGE_SIZE)
  if (!page) return { ...data, page: null }
  const items = page.items.length ? await readRows(page.items.map((row) => row.id)) : []
  return { ...data, page: { ...page, items } }
}
