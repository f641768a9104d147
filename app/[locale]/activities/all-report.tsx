import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { ActivityReport } from '@/components/report/ActivityReport'
import { resolveLocale } from '@/lib/i18n/locale'
import { pageMetadata } from '@/lib/metadata'
import { paths } from '@/lib/paths'
import type { SearchParams } from '@/lib/reporting/filters'
import { redirectToCleanListUrl } from '@/lib/reporting/clean-url'
import { loadActivityReport } from '@/lib/reporting/load'

type Params = Promise<{ locale: string }>

/**
 * The donor list across every project. Two routes render it: `page.tsx`, the generated list
 * without filters, and `../filtered-activities/page.tsx`, per request, for URLs with filters (next.config.ts).
 */
export async function allReportMetadata(params: Params): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const t = await getTranslations({ locale, namespace: 'Report' })
  return pageMetadata({
    locale,
    path: paths.allActivities(),
    title: t('allTitle'),
    description: t('allDescription'),
  })
}

export async function AllReport({
  params,
  searchParams,
}: {
  params: Params
  searchParams: SearchParams
}) {
  const locale = await resolveLocale(params)
  redirectToCleanListUrl(locale, paths.allActivities(), searchParams)
  const report = await loadActivityReport(locale, null, searchParams)
  if (!report?.page) notFound()
  const t = await getTranslations('Report')
  return (
    <ActivityReport
      report={report}
      heading={t('allTitle')}
      intro={t('allDescription')}
      listPath={paths.allActivities()}
      csvPath={paths.allActivitiesCsv()}
      generatedAt={new Date()}
    />
  )
}
