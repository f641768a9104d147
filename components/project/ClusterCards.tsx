import { useTranslations } from 'next-intl'
import type { ClusterSummary } from '@/lib/content/schemas'
import { Link } from '@/lib/i18n/navigation'
import { paths } from '@/lib/paths'
import { ClusterIcon } from '../ClusterIcon'
import { LocalizedText } from '../LocalizedText'

/**
 * The project's thematic clusters as cards: icon, number, short title (the link), the full title
 * when it says more, and how many activities the cluster has.
 */
export function ClusterCards({
  projectSlug,
  clusters,
}: {
  projectSlug: string
  clusters: ClusterSummary[]
}) {
  const t = useTranslations('Clusters')
  const tProject = useTranslations('Project')
  return (
    <ol className="cluster-grid">
      {clusters.map((cluster) => (
        <li key={cluster.id} className="card cluster-card">
          <span className="cluster-card__icon">
            <ClusterIcon slug={cluster.slug} />
          </span>
          <p className="card__kicker">{t('label', { number: cluster.order })}</p>
          <h3 className="card__title">
            <Link className="card__link" href={paths.cluster(projectSlug, cluster.slug)}>
              <LocalizedText value={cluster.shortTitle} />
            </Link>
          </h3>
          {cluster.shortTitle.value !== cluster.title.value && (
            <LocalizedText as="p" className="cluster-card__text" value={cluster.title} />
          )}
          <p className="cluster-card__count">
            {tProject('activityCount', { count: cluster.activities.length })}
          </p>
        </li>
      ))}
    </ol>
  )
}
