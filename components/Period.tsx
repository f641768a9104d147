import { useTranslations } from 'next-intl'
import type { ReactNode } from 'react'
import type { Period as PeriodValue } from '@/lib/content/facts'
import { PartialDate } from './PartialDate'

/**
 * "15 December 2013 – 10 July 2017", or just the start when no end is known. A date that is only
 * planned says so, and dates an activity takes from its project say that too, so they are never
 * read as the activity's own. `short` abbreviates the months for table cells, where each date
 * (with its note) stays on one line and the line breaks after the dash; long dates wrap freely
 * (narrow tiles on phones).
 */
export function Period({ period, short = false }: { period: PeriodValue; short?: boolean }) {
  const t = useTranslations('Period')
  const planned = <span className="period__note"> ({t('planned')})</span>
  const from = (
    <>
      <PartialDate value={period.start} short={short} />
      {period.startIsPlanned ? planned : null}
    </>
  )
  const to = period.end ? (
    <>
      <PartialDate value={period.end} short={short} />
      {period.endIsPlanned ? planned : null}
    </>
  ) : null
  const inherited =
    period.startInherited || period.endInherited ? (
      <span className="period__note"> ({t('projectDates')})</span>
    ) : null
  return short ? shortPeriod(from, to, inherited) : longPeriod(from, to, inherited)
}

function longPeriod(from: ReactNode, to: ReactNode, note: ReactNode) {
  return (
    <>
      {from}
      {to ? <> – {to}</> : null}
      {note}
    </>
  )
}

function shortPeriod(from: ReactNode, to: ReactNode, note: ReactNode) {
  return (
    <>
      <span className="nowrap">
        {from}
        {to ? ' –' : null}
      </span>
      {to ? (
        <>
          {' '}
          <span className="nowrap">{to}</span>
        </>
      ) : null}
      {note}
    </>
  )
}
