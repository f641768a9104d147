import type { ReactNode } from 'react'
import {
  buildSourceIndex,
  overviewCitedGroups,
  partnersOf,
  projectPeriod,
  projectStatus,
} from '@/lib/content/facts'
import { headlineFigures } from '@/lib/content/headline-figures'
import type { Project } from '@/lib/content/schemas'
import { paths } from '@/lib/paths'
import { ContactSection } from './donor/ContactSection'
import { DocumentsSection } from './donor/DocumentsSection'
import { LocationsSection } from './donor/LocationsSection'
import { Gallery } from './media/Gallery'
import { ResultsSummary } from './donor/ResultsSummary'
import { SourcesSection } from './donor/SourcesSection'
import { useCitedLabels } from './donor/useCitedLabels'
import { AreasOfAction } from './project/AreasOfAction'
import { KeyFigures } from './project/KeyFigures'
import { ProjectAbout } from './project/ProjectAbout'
import { ProjectHero } from './project/ProjectHero'
import { ProjectObjectives } from './project/ProjectObjectives'
import { ProjectPartners } from './project/ProjectPartners'
import { ResultFigures } from './project/ResultFigures'

/**
 * A project's overview, results first: the hero (place, name, purpose, when, money, who funds and
 * who implements), then what the project achieved (its headline figures, then its results by
 * objective and cluster), then how it is organised (about, its photos, objectives, clusters), partners,
 * places, contact and documents, and the numbered notes its marks lead to. What is known, nothing
 * announced as missing: the sources in full, the method and the gaps are on "About this data".
 */
export function ProjectOverview({
  project,
  breadcrumbs,
}: {
  project: Project
  /** The trail above the title. */
  breadcrumbs?: ReactNode
}) {
  const partners = partnersOf(project)
  const role = (name: 'donor' | 'implementer') =>
    project.organizations.filter((entry) => entry.role === name).map((entry) => entry.organization)
  const sources = buildSourceIndex(overviewCitedGroups(project, useCitedLabels()))
  return (
    <article className="project">
      <ProjectHero project={project} breadcrumbs={breadcrumbs}>
        <KeyFigures
          period={projectPeriod(project)}
          status={projectStatus(project).status}
          budget={project.totalBudget}
          euContribution={project.euContribution}
          funders={role('donor')}
          implementers={role('implementer')}
        />
      </ProjectHero>
      <div className="container">
        <ResultsSummary
          projectSlug={project.slug}
          results={project.results}
          objectives={project.objectives}
          clusters={project.clusters}
          sources={sources}
        >
          <ResultFigures figures={headlineFigures(project.results)} sources={sources} />
        </ResultsSummary>
        <ProjectAbout project={project} />
        <Gallery images={project.gallery} />
        <ProjectObjectives project={project} />
        <AreasOfAction project={project} />
        <ProjectPartners partners={partners} sources={sources} />
        <LocationsSection locations={project.locations} sources={sources} />
        <ContactSection project={project} sources={sources} />
        <DocumentsSection documents={project.documents} />
        <SourcesSection index={sources} aboutData={paths.aboutData(project.slug)} />
      </div>
    </article>
  )
}
