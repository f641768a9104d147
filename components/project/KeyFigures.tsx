import { useTranslations } from 'next-intl'
import type { ReactNode } from 'react'
import type { Period as PeriodValue } from '@/lib/content/facts'
import type { Money as MoneyValue } from '@/lib/content/schemas'
import type { Status } from '@/lib/content/vocabulary'
import { Money } from '../donor/Money'
import { NotRecorded } from '../donor/NotRecorded'
import { SourceRefs } from '../donor/SourceRefs'
import { Period } from '../Period'

type Props = {
  period: PeriodValue
  status: Status | null
  budget?: MoneyValue | null
  euContribution?: MoneyValue | null
  /** Show the EU contribution (an EU-funded project), recorded or not. */
  showEuContribution?: boolean
  objectives: number
  clusters: number
  activities: number
  partners: number
  /** The sources of the period, status, budget and EU contribution, listed on `sourcesAt`. */
  refs?: Partial<Record<'period' | 'status' | 'budget' | 'euContribution', number[]>>
  sourcesAt?: string
}

/**
 * A project's key figures, first thing on its landing page: period, status, budget and the size
 * of its programme. A figure the CMS does not hold says so ("not recorded") rather than
 * disappearing, so readers can tell a missing figure from a zero. Each sourced figure links to
 * its sources on the project's facts page.
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
  refs = {},
  sourcesAt,
}: Props) {
  const t = useTranslations('KeyFigures')
  const tStatus = useTranslations('Status')
  const figures: { label: string; value: ReactNode; className?: string; refs?: number[] }[] = [
    { label: t('period'), value: <Period period={period} />, refs: refs.period },
    {
      label: t('status'),
      value: status ? tStatus(status) : <NotRecorded />,
      refs: refs.status,
    },
    { label: t('budget'), value: <Money value={budget} />, refs: refs.budget },
    ...(showEuContribution
      ? [
          {
            label: t('euContribution'),
            value: <Money value={euContribution} />,
            refs: refs.euContribution,
          },
        ]
      : []),
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
              {figure.refs && <SourceRefs numbers={figure.refs} listedAt={sourcesAt} />}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
