import { useTranslations } from 'next-intl'
import { Link } from '@/lib/i18n/navigation'
import { paths } from '@/lib/paths'
import type { ClusterSummary } from '@/lib/content/schemas'
import { ActivityList } from './ActivityList'
import { LocalizedText } from './LocalizedText'

/**
 * The project's areas of action as on the source page: each thematic cluster with its heading,
 * how many activities it has, and the list of its activities, all linking to their own pages.
 */
export function ClusterList({
  projectSlug,
  clusters,
}: {
  projectSlug: string
  clusters: ClusterSummary[]
}) {
  const t = useTranslations('Clusters')
  const tProject = useTranslations('Project')
  return (
    <ol className="cluster-list">
      {clusters.map((cluster) => (
        <li key={cluster.id} className="cluster-list__item">
          <p className="card__kicker">{t('label', { number: cluster.order })}</p>
          <h3 className="card__title">
            <Link href={paths.cluster(projectSlug, cluster.slug)}>
              <LocalizedText value={cluster.title} />
            </Link>
          </h3>
          <p className="card__meta">
            {tProject('activityCount', { count: cluster.activities.length })}
          </p>
          <ActivityList projectSlug={projectSlug} activities={cluster.activities} />
        </li>
      ))}
    </ol>
  )
}
