import type { ReactNode } from 'react'
import { projectPeriod } from '@/lib/content/facts'
import type { Project } from '@/lib/content/schemas'
import type { Fact } from '@/lib/content/schemas/sources'
import { factNumbers, listedOn } from '@/lib/content/facts'
import { paths } from '@/lib/paths'
import { isEuFunded } from '@/lib/site/eu-funding'
import { DocumentsSection } from './donor/DocumentsSection'
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
        <DocumentsSection documents={project.documents} />
      </div>
    </article>
  )
}
