import { useTranslations } from 'next-intl'
import type { ReactNode } from 'react'
import type { Period as PeriodValue } from '@/lib/content/facts'
import { PartialDate } from './PartialDate'

/**
 * "15 December 2013 – 10 July 2017", or just the start when no end is known. A date that is only
 * planned says so. Dates an activity takes from its project are said to be the project's once per
 * page, by the page (ActivityFacts, ReportTable's note), not at every period. `short` abbreviates the months for table cells, where each date
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
  return short ? shortPeriod(from, to) : longPeriod(from, to)
}

function longPeriod(from: ReactNode, to: ReactNode) {
  return (
    <>
      {from}
      {to ? <> – {to}</> : null}
    </>
  )
}

function shortPeriod(from: ReactNode, to: ReactNode) {
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
    </>
  )
}
