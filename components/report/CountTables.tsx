import { useTranslations } from 'next-intl'
import type { ReactNode } from 'react'
import type { ReportView } from '@/lib/reporting/view-model'
import { ClusterLabel, StatusLabel } from './labels'

function CountTable({
  caption,
  column,
  rows,
}: {
  caption: string
  /** The first column's header: what is counted by (not the caption again). */
  column: string
  rows: { key: string; label: ReactNode; count: number }[]
}) {
  const t = useTranslations('Report')
  return (
    <table className="count-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{column}</th>
          <th scope="col" className="count">
            {t('count')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            <td className="count">{row.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** How the rows shown divide by thematic cluster and by status. */
export function CountTables({ view }: { view: Pick<ReportView, 'byCluster' | 'byStatus'> }) {
  const t = useTranslations('Report')
  return (
    <div className="report__counts">
      <CountTable
        caption={t('countsByCluster')}
        column={t('cluster')}
        rows={[
          ...view.byCluster.rows.map(({ key, item, count }) => ({
            key,
            label: <ClusterLabel cluster={item} />,
            count,
          })),
          // Past the table's length, the other clusters in one row: the column still adds up.
          ...(view.byCluster.rest
            ? [
                {
                  key: 'rest',
                  label: t('otherClusters', { count: view.byCluster.rest.items }),
                  count: view.byCluster.rest.count,
                },
              ]
            : []),
        ]}
      />
      <CountTable
        caption={t('countsByStatus')}
        column={t('status')}
        rows={view.byStatus.map(({ key, item, count }) => ({
          key,
          label: <StatusLabel status={item} />,
          count,
        }))}
      />
    </div>
  )
}
