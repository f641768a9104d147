import { createRepository } from '@/lib/content/repository'
import { withSafeguards } from '@/lib/content/safeguards'
import { createEmbeddedSource } from '@/lib/content/sources/embedded'
import type { ContentSource } from '@/lib/content/sources/types'

/**
 * The real repository over a source, with the same safeguards as the app (cleaning, last good
 * content) but without Next's cache (which needs a running server).
 */
export function repositoryOver(source: ContentSource) {
  const safe = withSafeguards(source, { log: { error: () => {}, info: () => {} } })
  return createRepository((query, params) => safe.fetch(query, params))
}

export function embeddedRepository(datasetPath = 'sanity/seed/production.ndjson') {
  return repositoryOver(createEmbeddedSource(datasetPath))
}
