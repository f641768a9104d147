import { useTranslations } from 'next-intl'
import type { Period as PeriodValue } from '@/lib/content/period'
import { PartialDate } from './PartialDate'

/**
 * "15 December 2013 – June 2017", or just the start when no end is known. Dates an activity takes
 * from its project say so, so they are never read as the activity's own.
 */
export function Period({ period }: { period: PeriodValue }) {
  const t = useTranslations('Period')
  const inherited = period.startInherited || period.endInherited
  return (
    <>
      <PartialDate value={period.start} />
      {period.end ? (
        <>
          {' – '}
          <PartialDate value={period.end} />
        </>
      ) : null}
      {inherited ? <span className="period__note"> ({t('projectDates')})</span> : null}
    </>
  )
}
