import type { CsvHeader, CsvLabels } from './csv'
import type { ReportingActivity } from '@/lib/content/schemas'

/** What the `Csv` messages hold: a header per column, and the words for yes and no. */
type CsvMessageKey = CsvHeader | 'yes' | 'no'
type Status = NonNullable<ReportingActivity['status']>

/**
 * The CSV's words in one language, from the `Csv` and `Status` messages. The translators are
 * passed in (next-intl's on the server, `createTranslator` in tests), so the columns a test reads
 * are the ones users download.
 */
export function csvLabels(t: (key: CsvMessageKey) => string, status: (key: Status) => string) {
  return {
    headers: {
      project: t('project'),
      clusterNumber: t('clusterNumber'),
      cluster: t('cluster'),
      activityNumber: t('activityNumber'),
      activity: t('activity'),
      status: t('status'),
      statusInherited: t('statusInherited'),
      organizations: t('organizations'),
      start: t('start'),
      end: t('end'),
      endPlanned: t('endPlanned'),
      datesInherited: t('datesInherited'),
      clusterBudget: t('clusterBudget'),
      clusterShare: t('clusterShare'),
      currency: t('currency'),
      sources: t('sources'),
      url: t('url'),
    },
    status: (value) => status(value),
    yes: t('yes'),
    no: t('no'),
  } satisfies CsvLabels
}
