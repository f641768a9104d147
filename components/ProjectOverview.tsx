import { useTranslations } from 'next-intl'
import type { ReactNode } from 'react'
import { projectCitedGroups } from '@/lib/content/cited'
import { projectPeriod } from '@/lib/content/period'
import type { Project } from '@/lib/content/schemas'
import { buildSourceIndex } from '@/lib/content/source-index'
import { projectTimeline } from '@/lib/content/timeline'
import { Link } from '@/lib/i18n/navigation'
import { paths } from '@/lib/paths'
import { isEuFunded } from '@/lib/site/eu-funding'
import { ContactSection } from './donor/ContactSection'
import { DocumentsSection } from './donor/DocumentsSection'
import { LocationsSection } from './donor/LocationsSection'
import { OrganizationRoles } from './donor/OrganizationRoles'
import { ProjectTimeline } from './donor/ProjectTimeline'
import { ResultsSection } from './donor/ResultsSection'
import { SourcesSection } from './donor/SourcesSection'
import { useCitedLabels } from './donor/useCitedLabels'
import { LocalizedText } from './LocalizedText'
import { ProjectFacts } from './ProjectFacts'
import { RichText } from './RichText'
import { ClusterCards } from './project/ClusterCards'
import { KeyFigures } from './project/KeyFigures'
import { ProjectHero } from './project/ProjectHero'
import { ProjectObjectives } from './project/ProjectObjectives'

/**
 * A project's landing page (the home page and the project overview): introduction and key
 * figures, about and the sourced facts, objectives, thematic clusters, results, timeline,
 * partners, places, documents, contact, and the sources of every fact not from the project's own
 * page. Each part is its own component.
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
  const partners = project.organizations.filter(
    (entry) => entry.role === 'partner' || entry.role === 'beneficiary',
  )
  const sources = buildSourceIndex(projectCitedGroups(project, useCitedLabels()))
  return (
    <article className="project">
      <ProjectHero project={project} euFunded={euFunded} breadcrumbs={breadcrumbs}>
        <KeyFigures
          period={projectPeriod(project)}
          status={project.status}
          budget={project.totalBudget}
          euContribution={project.euContribution}
          showEuContribution={euFunded || project.euContribution !== null}
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
        </section>
        <ProjectFacts project={project} sources={sources} />
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
        <ResultsSection
          results={project.results}
          sources={sources}
          groups={{
            projectSlug: project.slug,
            objectives: project.objectives,
            clusters: project.clusters,
          }}
        />
        <ProjectTimeline timeline={projectTimeline(project)} title={project.title} />
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
        <LocationsSection locations={project.locations} sources={sources} />
        <DocumentsSection documents={project.documents} />
        <ContactSection project={project} sources={sources} />
        <SourcesSection index={sources} />
      </div>
    </article>
  )
}
