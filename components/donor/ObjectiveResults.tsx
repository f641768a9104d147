import type { Project } from '@/lib/content/schemas'
import { listedOn } from '@/lib/content/facts'
import { paths } from '@/lib/paths'
import { ResultsSection } from './ResultsSection'
import { useProjectSources } from './useProjectSources'

/**
 * The results of the specific objectives, in full, for the objectives page (the overview names
 * them and links here). Their references lead to the project's "About this data" page, which lists the
 * sources under the same numbers. Nothing when no result hangs under an objective.
 */
export function ObjectiveResults({ project }: { project: Project }) {
  const sources = listedOn(useProjectSources(project), paths.aboutData(project.slug))
  const results = project.results.filter((result) => result.objective)
  if (results.length === 0) return null
  return <ResultsSection results={results} sources={sources} objectives={project.objectives} />
}
