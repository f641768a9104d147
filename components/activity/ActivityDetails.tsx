import { useTranslations } from 'next-intl'
import { activityPeriod } from '@/lib/content/period'
import type { Activity } from '@/lib/content/schemas'
import { Link } from '@/lib/i18n/navigation'
import { paths } from '@/lib/paths'
import { LocalizedText } from '../LocalizedText'
import { OrganizationName } from '../OrganizationName'
import { Period } from '../Period'

/**
 * An activity's facts as a summary list: project, cluster, status, period and the organisations
 * involved. The period falls back to the project's when the activity has no dates of its own.
 */
export function ActivityDetails({ activity }: { activity: Activity }) {
  const t = useTranslations('Activity')
  const tStatus = useTranslations('Status')
  const { project, cluster } = activity
  return (
    <section aria-labelledby="activity-facts" className="activity-details">
      <h2 id="activity-facts" className="visually-hidden">
        {t('details')}
      </h2>
      <dl className="summary-list">
        <div>
          <dt>{t('project')}</dt>
          <dd>
            <Link href={paths.project(project.slug)}>
              <LocalizedText value={project.title} />
            </Link>
          </dd>
        </div>
        <div>
          <dt>{t('cluster')}</dt>
          <dd>
            <Link href={paths.cluster(project.slug, cluster.slug)}>
              <LocalizedText value={cluster.title} />
            </Link>
          </dd>
        </div>
        {activity.status && (
          <div>
            <dt>{t('status')}</dt>
            <dd>{tStatus(activity.status)}</dd>
          </div>
        )}
        <div>
          <dt>{t('period')}</dt>
          <dd>
            <Period period={activityPeriod(activity)} />
          </dd>
        </div>
        <div>
          <dt>{t('organizations')}</dt>
          <dd>
            {activity.organizations.length > 0 ? (
              <ul>
                {activity.organizations.map((organization) => (
                  <li key={organization.id}>
                    <OrganizationName organization={organization} />
                  </li>
                ))}
              </ul>
            ) : (
              <span className="not-recorded">{t('noOrganizations')}</span>
            )}
          </dd>
        </div>
      </dl>
    </section>
  )
}
