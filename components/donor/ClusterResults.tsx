import type { Result } from '@/lib/content/schemas'
import { resultCitedGroups } from '@/lib/content/facts'
import { buildSourceIndex } from '@/lib/content/facts'
import { ResultsSection } from './ResultsSection'
import { SourcesSection } from './SourcesSection'
import { useCitedLabels } from './useCitedLabels'

/** A cluster's results and the sources of their figures. */
export function ClusterResults({ results }: { results: Result[] }) {
  const sources = buildSourceIndex(resultCitedGroups(results, useCitedLabels()))
  return (
    <>
      <ResultsSection results={results} sources={sources} />
      <SourcesSection index={sources} />
    </>
  )
}
