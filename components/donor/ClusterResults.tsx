import type { Result } from '@/lib/content/schemas'
import { resultCitedGroups } from '@/lib/content/facts'
import { buildSourceIndex } from '@/lib/content/facts'
import { paths } from '@/lib/paths'
import { ResultsSection } from './ResultsSection'
import { SourcesSection } from './SourcesSection'
import { useCitedLabels } from './useCitedLabels'

/**
 * A cluster's results and the sources of their figures, as numbered notes; the project's "About
 * this data" page gives them in full.
 */
export function ClusterResults({
  results,
  projectSlug,
}: {
  results: Result[]
  projectSlug: string
}) {
  const sources = buildSourceIndex(resultCitedGroups(results, useCitedLabels()))
  return (
    <>
      <ResultsSection results={results} sources={sources} />
      <SourcesSection index={sources} aboutData={paths.aboutData(projectSlug)} />
    </>
  )
}
