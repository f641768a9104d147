import { facetCounts, filterActivities, filterOptions, toRows } from '@/lib/reporting/activities'
import { parseFilters, type SearchParams } from '@/lib/reporting/filters'
import type { ActivityReportData } from '@/lib/reporting/load'
import { collatorFor } from '@/lib/i18n/format'
import type { Locale } from '@/lib/i18n/routing'
import { embeddedRepository } from './repository'

const repo = embeddedRepository()
export const PROJECT_SLUG = 'secure-borders-safe-migration'

/**
 * An activity list's data as lib/reporting/load.ts builds it (that module reads through Next's
 * cache, which needs a server), from the seed dataset.
 */
export async function reportData(
  locale: Locale,
  params: SearchParams = {},
): Promise<ActivityReportData> {
  const other: Locale = locale === 'ka' ? 'en' : 'ka'
  const [activities, otherLanguage] = await Promise.all([
    repo.getProjectActivities(locale, PROJECT_SLUG),
    repo.getProjectActivities(other, PROJECT_SLUG),
  ])
  const rows = toRows(activities, otherLanguage)
  const { filters, notices } = parseFilters(params, filterOptions(activities))
  const shown = filterActivities(rows, filters, collatorFor(locale))
  return { rows, shown, filters, notices, counts: facetCounts(rows, filters), otherLanguage }
}
