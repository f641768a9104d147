import { useFormatter, useTranslations } from 'next-intl'
import type { ReactNode } from 'react'
import type { Period as PeriodValue } from '@/lib/content/period'
import type { Status } from '@/lib/content/vocabulary'
import { Period } from '../Period'

/** An amount of money as the CMS will record it (ISO 4217 currency code). */
export type Money = { amount: number; currency: string }

type Props = {
  period: PeriodValue
  status: Status | null
  /** Not in the content model yet: shown as "not recorded" until the CMS provides it. */
  budget?: Money | null
  euContribution?: Money | null
  /** Show the EU contribution (an EU-funded project), recorded or not. */
  showEuContribution?: boolean
  objectives: number
  clusters: number
  activities: number
  partners: number
}

/**
 * A project's key figures, first thing on its landing page: period, status, budget and the size
 * of its programme. A figure the CMS does not hold yet says so ("not recorded") rather than
 * disappearing, so readers can tell a missing figure from a zero.
 */
export function KeyFigures({
  period,
  status,
  budget = null,
  euContribution = null,
  showEuContribution = false,
  objectives,
  clusters,
  activities,
  partners,
}: Props) {
  const t = useTranslations('KeyFigures')
  const tStatus = useTranslations('Status')
  const format = useFormatter()
  const notRecorded = <span className="not-recorded">{t('notRecorded')}</span>
  const money = (value: Money | null) =>
    value
      ? format.number(value.amount, {
          style: 'currency',
          currency: value.currency,
          maximumFractionDigits: 0,
        })
      : notRecorded
  const figures: { label: string; value: ReactNode; className?: string }[] = [
    { label: t('period'), value: <Period period={period} /> },
    { label: t('status'), value: status ? tStatus(status) : notRecorded },
    { label: t('budget'), value: money(budget) },
    ...(showEuContribution ? [{ label: t('euContribution'), value: money(euContribution) }] : []),
    { label: t('objectives'), value: objectives, className: 'figure figure--count' },
    { label: t('clusters'), value: clusters, className: 'figure figure--count' },
    { label: t('activities'), value: activities, className: 'figure figure--count' },
    { label: t('partners'), value: partners, className: 'figure figure--count' },
  ]
  return (
    <section aria-labelledby="key-figures" className="key-figures">
      <h2 id="key-figures" className="visually-hidden">
        {t('heading')}
      </h2>
      <dl className="key-figures__list">
        {figures.map((figure) => (
          <div key={figure.label} className={figure.className ?? 'figure'}>
            <dt>{figure.label}</dt>
            <dd className={figure.className?.includes('count') ? 'figure__number' : undefined}>
              {figure.value}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
