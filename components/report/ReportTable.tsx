import { useTranslations } from 'next-intl'
import { Link } from '@/lib/i18n/navigation'
import { paths } from '@/lib/paths'
import { activityPeriod } from '@/lib/content/facts'
import { statusOf, type ReportRow } from '@/lib/reporting/activities'
import { LocalizedText } from '../LocalizedText'
import { OrganizationName } from '../OrganizationName'
import { Period } from '../Period'
import { ClusterLabel, StatusLabel } from './labels'

/**
 * The activities: a table on wide screens; each row's status and period are its own or its
 * project's (InheritedNote says which, once, above the table); narrower, each row is a card (report.css), its cells
 * labelled from `data-label`. Clusters are named by number and short title so that rows stay low.
 */
export function ReportTable({ rows, manyProjects }: { rows: ReportRow[]; manyProjects: boolean }) {
  const t = useTranslations('Report')
  return (
    <table className="report__table" aria-labelledby="activities-caption">
      <caption id="activities-caption" className="visually-hidden">
        {t('title')}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('number')}</th>
          <th scope="col">{t('activity')}</th>
          {manyProjects && <th scope="col">{t('project')}</th>}
          <th scope="col">{t('cluster')}</th>
          <th scope="col">{t('status')}</th>
          <th scope="col">{t('organizations')}</th>
          <th scope="col">{t('period')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          return (
            <tr key={row.id}>
              <td className="report__number">{`${row.cluster.order}.${row.order}`}</td>
              <th scope="row">
                <Link href={paths.activity(row.project.slug, row.slug)}>
                  <LocalizedText value={row.title} />
                </Link>
              </th>
              {manyProjects && (
                <td data-label={t('project')}>
                  <LocalizedText value={row.project.shortTitle} />
                </td>
              )}
              <td data-label={t('cluster')} className="report__cluster">
                <span className="cluster-tag">
                  <ClusterLabel cluster={row.cluster} />
                </span>
              </td>
              <td data-label={t('status')}>
                <StatusLabel status={statusOf(row)} />
              </td>
              <td
                data-label={t('organizations')}
                data-empty={row.organizations.length === 0 || undefined}
                className="report__organizations"
              >
                {row.organizations.length > 0
                  ? row.organizations.map((organization, i) => (
                      <span key={organization.id}>
                        {i > 0 && '; '}
                        <OrganizationName organization={organization} />
                      </span>
                    ))
                  : '—'}
              </td>
              <td data-label={t('period')} className="report__period">
                <Period period={activityPeriod(row)} short />
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
