import { useTranslations } from 'next-intl'
import type { ActivityListItem } from '@/lib/content/schemas'
import { Link } from '@/lib/i18n/navigation'
import { paths } from '@/lib/paths'
import { LocalizedText } from '../LocalizedText'

/** A cluster's activities in order: number, title (the link) and the organisations involved. */
export function ClusterActivities({
  projectSlug,
  clusterNumber,
  activities,
}: {
  projectSlug: string
  clusterNumber: number
  activities: ActivityListItem[]
}) {
  const tStatus = useTranslations('Status')
  return (
    <ol className="activity-rows">
      {activities.map((activity) => (
        <li key={activity.id}>
          <span className="number-badge" aria-hidden="true">
            {`${clusterNumber}.${activity.order}`}
          </span>
          <div>
            <Link href={paths.activity(projectSlug, activity.slug)}>
              <LocalizedText value={activity.title} />
            </Link>
            {(activity.organizations.length > 0 || activity.status) && (
              <p>
                {activity.status && `${tStatus(activity.status)} · `}
                {activity.organizations.map((organization, i) => (
                  <span key={organization.id}>
                    {i > 0 && '; '}
                    <LocalizedText value={organization.name} />
                  </span>
                ))}
              </p>
            )}
          </div>
        </li>
      ))}
    </ol>
  )
}
