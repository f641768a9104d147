import { useTranslations } from 'next-intl'
import type { ReactNode } from 'react'
import { projectPeriod } from '@/lib/content/period'
import type { Project } from '@/lib/content/schemas'
import type { Fact } from '@/lib/content/schemas/sources'
import { factNumbers, listedOn } from '@/lib/content/source-index'
import { Link } from '@/lib/i18n/navigation'
import { paths } from '@/lib/paths'
import { isEuFunded } from '@/lib/site/eu-funding'
import { DocumentsSection } from './donor/DocumentsSection'
import { OrganizationRoles } from './donor/OrganizationRoles'
import { ResultsSummary } from './donor/ResultsSummary'
import { useProjectSources } from './donor/useProjectSources'
import { LocalizedText } from './LocalizedText'
import { RichText } from './RichText'
import { ClusterCards } from './project/ClusterCards'
import { KeyFigures } from './project/KeyFigures'
import { ProjectHero } from './project/ProjectHero'
import { ProjectObjectives } from './project/ProjectObjectives'

/**
 * A project's landing page (the home page and the project overview): introduction and key
 * figures with their sources, about, objectives, thematic clusters, results, partners and
 * documents. The sourced facts, timeline, places, contact and the sources themselves are on the
 * project's facts page: with them the overview weighed 199 kB, over its 180 kB budget for slow
 * connections. Each part is its own component.
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
  const tFacts = useTranslations('FactsPage')
  const euFunded = isEuFunded(project)
  const partners = project.organizations.filter(
    (entry) => entry.role === 'partner' || entry.role === 'beneficiary',
  )
  // References lead to the facts page, which lists the sources under the same numbers.
  const sources = listedOn(useProjectSources(project), paths.facts(project.slug))
  const cited = (...facts: Fact[]) => factNumbers(sources, project.citations, ...facts)
  return (
    <article className="project">
      <ProjectHero project={project} euFunded={euFunded} breadcrumbs={breadcrumbs}>
        <KeyFigures
          period={projectPeriod(project)}
          status={project.status}
          budget={project.totalBudget}
          euContribution={project.euContribution}
          showEuContribution={euFunded || project.euContribution !== null}
          refs={{
            period: cited('actualStart', 'actualEnd'),
            status: cited('status'),
            budget: cited('totalBudget'),
            euContribution: cited('euContribution'),
          }}
          sourcesAt={paths.facts(project.slug)}
          objectives={project.objectives.length}
          clusters={project.clusters.length}
          activities={project.activityCount}
          partners={partners.length}
        />
      </ProjectHero>
      <div className="container">
        <section aria-labelledby="about" className="section prose">
          <h2 id="about">{t('about')}</h2>
          <RichText value={project.description} />
          <LocalizedText as="p" className="editorial-note" value={project.editorialNote} />
          <p className="no-print">
            <Link href={paths.facts(project.slug)}>{tFacts('link')}</Link>
          </p>
        </section>
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
        <ResultsSummary
          projectSlug={project.slug}
          results={project.results}
          objectives={project.objectives}
          clusters={project.clusters}
          sources={sources}
        />
        {partners.length > 0 && (
          <section aria-labelledby="partners" className="section">
            <h2 id="partners">{t('partners')}</h2>
            <OrganizationRoles
              entries={partners}
              sources={sources}
              roles={['partner', 'beneficiary']}
            />
          </section>
        )}
        <DocumentsSection documents={project.documents} />
      </div>
    </article>
  )
}
