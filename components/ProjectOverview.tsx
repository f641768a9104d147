import type { ReactNode } from 'react'
import { projectPeriod } from '@/lib/content/facts'
import { listedOn, projectStatus } from '@/lib/content/facts'
import type { Project } from '@/lib/content/schemas'
import { paths } from '@/lib/paths'
import { isEuFunded } from '@/lib/site/eu-funding'
import { ContactSection } from './donor/ContactSection'
import { DocumentsSection } from './donor/DocumentsSection'
import { LocationsSection } from './donor/LocationsSection'
import { ResultsSummary } from './donor/ResultsSummary'
import { useProjectSources } from './donor/useProjectSources'
import { AreasOfAction } from './project/AreasOfAction'
import { KeyFigures } from './project/KeyFigures'
import { ProjectAbout } from './project/ProjectAbout'
import { ProjectHero } from './project/ProjectHero'
import { ProjectObjectives } from './project/ProjectObjectives'
import { ProjectPartners } from './project/ProjectPartners'

/**
 * A project's landing page (the home page and the project overview): introduction and key
 * figures, about, objectives, thematic clusters, results, partners, places, contact and
 * documents: what is known, nothing announced as missing. The sources with their quotes, the
 * method, the gaps and the IATI readiness are on the project's "About this data" page, which the
 * overview's numbered references lead to (the hero carries none). Each part is its own component.
 */
export function ProjectOverview({
  project,
  breadcrumbs,
}: {
  project: Project
  /** The trail above the title (the project overview has one; the home page has none). */
  breadcrumbs?: ReactNode
}) {
  const euFunded = isEuFunded(project)
  const partners = project.organizations.filter(
    (entry) => entry.role === 'partner' || entry.role === 'beneficiary',
  )
  // References lead to "About this data", which lists the sources under the same numbers.
  const sources = listedOn(useProjectSources(project), paths.aboutData(project.slug))
  return (
    <article className="project">
      <ProjectHero project={project} euFunded={euFunded} breadcrumbs={breadcrumbs}>
        <KeyFigures
          period={projectPeriod(project)}
          status={projectStatus(project).status}
          budget={project.totalBudget}
          euContribution={project.euContribution}
          objectives={project.objectives.length}
          clusters={project.clusters.length}
          activities={project.activityCount}
          partners={partners.length}
        />
      </ProjectHero>
      <div className="container">
        <ProjectAbout project={project} />
        <ProjectObjectives project={project} />
        <AreasOfAction project={project} />
        <ResultsSummary
          projectSlug={project.slug}
          results={project.results}
          objectives={project.objectives}
          clusters={project.clusters}
          sources={sources}
        />
        <ProjectPartners partners={partners} sources={sources} />
        <LocationsSection locations={project.locations} sources={sources} />
        <ContactSection project={project} sources={sources} />
        <DocumentsSection documents={project.documents} />
      </div>
    </article>
  )
}
