import { useLocale, useTranslations } from 'next-intl'
import type { Project } from '@/lib/content/schemas'
import { formatMoney, formatNumber } from '@/lib/i18n/format'
import { SourceRefs } from './SourceRefs'

/** The total budget's split by thematic cluster, with each share, where the data has it. */
export function BudgetBreakdown({ project, sources }: { project: Project; sources: number[] }) {
  const locale = useLocale()
  const tClusters = useTranslations('Clusters')
  const total = project.totalBudget
  const rows = project.budgetByCluster.flatMap((entry) => {
    const cluster = project.clusters.find((item) => item.id === entry.cluster)
    return cluster ? [{ cluster, amount: entry.amount }] : []
  })
  if (!total || rows.length === 0) return null
  return (
    <ul className="budget-breakdown">
      {rows.map(({ cluster, amount }) => (
        <li key={cluster.id}>
          {tClusters('label', { number: cluster.order })}:{' '}
          {formatMoney({ amount, currency: total.currency }, locale)} (
          {formatNumber(Math.round((amount / total.amount) * 1000) / 10, locale)}%)
        </li>
      ))}
      <li className="budget-breakdown__sources">
        <SourceRefs numbers={sources} />
      </li>
    </ul>
  )
}
