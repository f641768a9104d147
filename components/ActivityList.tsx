import { Link } from '@/lib/i18n/navigation'
import { paths } from '@/lib/paths'
import type { ActivityTitle } from '@/lib/content/schemas'
import { LocalizedText } from './LocalizedText'

/** A cluster's activities in order, each linking to its own page. */
export function ActivityList({
  projectSlug,
  activities,
}: {
  projectSlug: string
  activities: ActivityTitle[]
}) {
  return (
    <ol className="activity-list">
      {activities.map((activity) => (
        <li key={activity.id}>
          <Link href={paths.activity(projectSlug, activity.slug)}>
            <LocalizedText value={activity.title} />
          </Link>
        </li>
      ))}
    </ol>
  )
}
