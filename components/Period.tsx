import { useTranslations } from 'next-intl'
import type { Period as PeriodValue } from '@/lib/content/period'
import { PartialDate } from './PartialDate'

/**
 * "15 December 2013 – 10 July 2017", or just the start when no end is known. A date that is only
 * planned says so, and dates an activity takes from its project say that too, so they are never
 * read as the activity's own.
 */
export function Period({ period }: { period: PeriodValue }) {
  const t = useTranslations('Period')
  const inherited = period.startInherited || period.endInherited
  return (
    <>
      <PartialDate value={period.start} />
      {period.startIsPlanned ? <span className="period__note"> ({t('planned')})</span> : null}
      {period.end ? (
        <>
          {' – '}
          <PartialDate value={period.end} />
          {period.endIsPlanned ? <span className="period__note"> ({t('planned')})</span> : null}
        </>
      ) : null}
      {inherited ? <span className="period__note"> ({t('projectDates')})</span> : null}
    </>
  )
}
