import { useTranslations } from 'next-intl'
import type { ReactNode } from 'react'
import { projectPeriod } from '@/lib/content/period'
import type { Project } from '@/lib/content/schemas'
import { isEuFunded } from '@/lib/site/eu-funding'
import { ProjectFacts } from './ProjectFacts'
import { RichText } from './RichText'
import { ClusterCards } from './project/ClusterCards'
import { KeyFigures } from './project/KeyFigures'
import { PartnerList, partnersOf } from './project/PartnerList'
import { ProjectHero } from './project/ProjectHero'
import { ProjectObjectives } from './project/ProjectObjectives'
import { Link } from '@/lib/i18n/navigation'
import { paths } from '@/lib/paths'

/**
 * A project's landing page (the home page and the project overview): introduction, key figures,
 * about and facts, objectives, thematic clusters, partners. Each part is its own component, so
 * new sections (results, documents, …) slot in between.
 */
export function ProjectOverview({
  project,
  breadcrumbs,
}: {
  project: Project
  /** The trail above the title (the project overview has one; the home page has none). */
  breadcrumbs?: ReactNode
}) {
  const t = useTranslations('Project')
  const tReport = useTranslations('Report')
  const euFunded = isEuFunded(project)
  const partners = partnersOf(project)
  return (
    <article className="project">
      <ProjectHero project={project} euFunded={euFunded} breadcrumbs={breadcrumbs}>
        <KeyFigures
          period={projectPeriod(project)}
          status={project.status}
          showEuContribution={euFunded}
          objectives={project.objectives.length}
          clusters={project.clusters.length}
          activities={project.activityCount}
          partners={partners.length}
        />
      </ProjectHero>
      <div className="container">
        <div className="split">
          <section aria-labelledby="about">
            <h2 id="about">{t('about')}</h2>
            <RichText className="prose" value={project.description} />
          </section>
          <aside>
            <ProjectFacts project={project} withPeriod={false} visibleHeading />
          </aside>
        </div>
        <ProjectObjectives project={project} />
        <section aria-labelledby="areas-of-action" className="section">
          <h2 id="areas-of-action">{t('areasOfAction')}</h2>
          <p className="section__intro">
            {t('areasIntro', { count: project.clusters.length })}{' '}
            <Link className="no-print" href={paths.activities(project.slug)}>
              {tReport('viewList')}
            </Link>
          </p>
          <ClusterCards projectSlug={project.slug} clusters={project.clusters} />
        </section>
        <PartnerList entries={partners} />
      </div>
    </article>
  )
}
