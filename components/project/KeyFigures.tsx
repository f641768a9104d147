import { useTranslations } from 'next-intl'
import type { ReactNode } from 'react'
import type { Period as PeriodValue } from '@/lib/content/facts'
import type { Money as MoneyValue } from '@/lib/content/schemas'
import type { Status } from '@/lib/content/vocabulary'
import { Money } from '../donor/Money'
import { Period } from '../Period'

type Props = {
  period: PeriodValue
  status: Status
  budget?: MoneyValue | null
  euContribution?: MoneyValue | null
  objectives: number
  clusters: number
  activities: number
  partners: number
}

/**
 * A project's key figures, first thing on its landing page: period, status, budget and the size
 * of its programme. A figure the data does not hold is left out (the "About this data" page names
 * what is missing), and the hero carries no citation marks: the figures' sources are on that page.
 */
export function KeyFigures({
  period,
  status,
  budget = null,
  euContribution = null,
  objectives,
  clusters,
  activities,
  partners,
}: Props) {
  const t = useTranslations('KeyFigures')
  const tStatus = useTranslations('Status')
  const money = (label: string, value: MoneyValue | null) =>
    value ? [{ label, value: <Money value={value} /> }] : []
  const figures: { label: string; value: ReactNode; className?: string }[] = [
    { label: t('period'), value: <Period period={period} /> },
    { label: t('status'), value: tStatus(status) },
    ...money(t('budget'), budget),
    ...money(t('euContribution'), euContribution),
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
