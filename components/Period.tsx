import { useTranslations } from 'next-intl'
import type { Period as PeriodValue } from '@/lib/content/period'
import { PartialDate } from './PartialDate'

/**
 * "15 December 2013 – June 2017", or just the start when no end is known. Dates an activity takes
 * from its project say so, so they are never read as the activity's own. `short` abbreviates the
 * months for table cells, where each date stays on one line and the line breaks after the dash;
 * long dates wrap freely (narrow tiles on phones).
 */
export function Period({ period, short = false }: { period: PeriodValue; short?: boolean }) {
  const t = useTranslations('Period')
  const from = <PartialDate value={period.start} short={short} />
  const to = period.end ? <PartialDate value={period.end} short={short} /> : null
  const note =
    period.startInherited || period.endInherited ? (
      <span className="period__note"> ({t('projectDates')})</span>
    ) : null
  if (!short)
    return (
      <>
        {from}
        {to && <> – {to}</>}
        {note}
      </>
    )
  return (
    <>
      <span className="nowrap">
        {from}
        {to && ' –'}
      </span>
      {to && (
        <>
          {' '}
          <span className="nowrap">{to}</span>
        </>
      )}
      {note}
    </>
  )
}
