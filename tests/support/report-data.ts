import type { SearchParams } from '@/lib/reporting/filters'
import { activityReportData, type ActivityReportData } from '@/lib/reporting/report-data'
import type { Locale } from '@/lib/i18n/routing'
import { embeddedRepository } from './repository'

const repo = embeddedRepository()
export const PROJECT_SLUG = 'secure-borders-safe-migration'

/**
 * An activity list's data as lib/reporting/load.ts builds it (the same function; load.ts reads
 * through Next's cache, which needs a server), from the seed dataset.
 */
export async function reportData(
  locale: Locale,
  params: SearchParams = {},
): Promise<ActivityReportData> {
  const rows = await repo.read('projectActivities', locale, PROJECT_SLUG)
  if (!rows) throw new Error(`no activities of ${PROJECT_SLUG}`)
  return activityReportData(locale, rows, params)
}
