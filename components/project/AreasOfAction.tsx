import { useTranslations } from 'next-intl'
import type { Project } from '@/lib/content/schemas'
import { Link } from '@/lib/i18n/navigation'
import { paths } from '@/lib/paths'
import { ClusterCards } from './ClusterCards'

/**
 * How the project is organised: its activities and thematic clusters (how many of each), the
 * clusters as cards, and a link to the list of all its activities.
 */
export function AreasOfAction({
  project,
}: {
  project: Pick<Project, 'slug' | 'clusters' | 'activityCount'>
}) {
  const t = useTranslations('Project')
  const tReport = useTranslations('Report')
  return (
    <section aria-labelledby="areas-of-action" className="section">
      <h2 id="areas-of-action">{t('areasOfAction')}</h2>
      <p className="section__intro">
        {t('areasIntro', {
          count: project.clusters.length,
          activities: project.activityCount,
        })}{' '}
        <Link className="no-print" href={paths.activities(project.slug)}>
          {tReport('viewList')}
        </Link>
      </p>
      <ClusterCards projectSlug={project.slug} clusters={project.clusters} />
    </section>
  )
}
