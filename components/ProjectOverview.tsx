import { useTranslations } from 'next-intl'
import { Link } from '@/lib/i18n/navigation'
import { paths } from '@/lib/paths'
import type { Project } from '@/lib/content/schemas'
import { projectCitedGroups } from '@/lib/content/cited'
import { buildSourceIndex } from '@/lib/content/source-index'
import { projectTimeline } from '@/lib/content/timeline'
import { ClusterList } from './ClusterList'
import { ContactSection } from './donor/ContactSection'
import { DocumentsSection } from './donor/DocumentsSection'
import { LocationsSection } from './donor/LocationsSection'
import { OrganizationRoles } from './donor/OrganizationRoles'
import { ProjectTimeline } from './donor/ProjectTimeline'
import { ResultsSection } from './donor/ResultsSection'
import { SourcesSection } from './donor/SourcesSection'
import { useCitedLabels } from './donor/useCitedLabels'
import { EuFunding } from './EuFunding'
import { LocalizedText } from './LocalizedText'
import { OrganizationName } from './OrganizationName'
import { ProjectFacts } from './ProjectFacts'
import { RichText } from './RichText'

/**
 * The project overview: title, key figures, about, objectives, areas of action, results, timeline,
 * organisations, places, documents, contact and the sources of every fact not from the project's
 * own page.
 */
export function ProjectOverview({ project }: { project: Project }) {
  const t = useTranslations('Project')
  const tLayout = useTranslations('Layout')
  const tReport = useTranslations('Report')
  const implementers = project.organizations.filter((entry) => entry.role === 'implementer')
  const partners = project.organizations.filter(
    (entry) => entry.role === 'partner' || entry.role === 'beneficiary',
  )
  const sources = buildSourceIndex(projectCitedGroups(project, useCitedLabels()))
  const euFunded = project.organizations.some(
    (entry) => entry.role === 'donor' && entry.organization.slug === 'european-union',
  )

  return (
    <article className="container">
      <header className="page-header">
        <LocalizedText as="h1" value={project.title} />
        {implementers.length > 0 && (
          <p className="page-header__byline">
            {tLayout('implementedBy')}{' '}
            {implementers.map((entry) => (
              <OrganizationName key={entry.organization.id} organization={entry.organization} />
            ))}
          </p>
        )}
        {euFunded && <EuFunding />}
      </header>

      <ProjectFacts project={project} sources={sources} />

      <div className="prose">
        <section aria-labelledby="about">
          <h2 id="about">{t('about')}</h2>
          <LocalizedText as="p" className="lead" value={project.summary} />
          <RichText value={project.description} />
          <LocalizedText as="p" className="editorial-note" value={project.editorialNote} />
        </section>

        <section aria-labelledby="general-objective">
          <h2 id="general-objective">{t('generalObjective')}</h2>
          <LocalizedText as="p" value={project.generalObjective} />
        </section>

        <section aria-labelledby="specific-objectives">
          <h2 id="specific-objectives">{t('specificObjectives')}</h2>
          <ol className="objectives">
            {project.objectives.map((objective) => (
              <li key={objective.id}>
                <LocalizedText as="h3" value={objective.title} />
                <RichText value={objective.description} />
              </li>
            ))}
          </ol>
          <p>
            <Link href={paths.objectives(project.slug)}>{t('viewObjectives')}</Link>
          </p>
        </section>
      </div>

      <section aria-labelledby="areas-of-action">
        <h2 id="areas-of-action">{t('areasOfAction')}</h2>
        <p className="no-print">
          <Link href={paths.activities(project.slug)}>{tReport('viewList')}</Link>
        </p>
        <ClusterList projectSlug={project.slug} clusters={project.clusters} />
      </section>

      <ResultsSection
        results={project.results}
        sources={sources}
        groups={{ objectives: project.objectives, clusters: project.clusters }}
      />

      <ProjectTimeline timeline={projectTimeline(project)} title={project.title} />

      {partners.length > 0 && (
        <section aria-labelledby="partners" className="prose">
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
    </article>
  )
}
