import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { ActivityReport } from '@/components/report/ActivityReport'
import { resolveLocale } from '@/lib/i18n/params'
import { pageMetadata } from '@/lib/metadata'
import { paths } from '@/lib/paths'
import { loadActivityReport } from '@/lib/reporting/load'

type Props = PageProps<'/[locale]/activities'>

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const t = await getTranslations({ locale, namespace: 'Report' })
  return pageMetadata({
    locale,
    path: paths.allActivities(),
    title: t('allTitle'),
    description: t('allDescription'),
  })
}

/** The donor list across every project: rendered per request from the URL's filters. */
export default async function AllActivitiesPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params)
  const report = await loadActivityReport(locale, null, await searchParams)
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
