import { useTranslations } from 'next-intl'
import { Link } from '@/lib/i18n/navigation'
import { paths } from '@/lib/paths'
import type { ClusterSummary } from '@/lib/content/schemas'
import { LocalizedText } from './LocalizedText'

/** The project's thematic clusters, each linking to its page, with how many activities it has. */
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
    <ol className="card-list">
      {clusters.map((cluster) => (
        <li key={cluster.id} className="card">
          <p className="card__kicker">{t('label', { number: cluster.order })}</p>
          <h3 className="card__title">
            <Link href={paths.cluster(projectSlug, cluster.slug)}>
              <LocalizedText value={cluster.title} />
            </Link>
          </h3>
          <p className="card__meta">
            {tProject('activityCount', { count: cluster.activityCount })}
          </p>
        </li>
      ))}
    </ol>
  )
}
