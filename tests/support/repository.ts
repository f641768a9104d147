import { createRepository } from '@/lib/content/catalog'
import { withSafeguards } from '@/lib/content/backends/safeguards'
import { createEmbeddedBackend } from '@/lib/content/backends/embedded'
import type { ContentBackend } from '@/lib/content/backends/types'

/**
 * The real repository over a source, with the same safeguards as the app (cleaning, last good
 * content) but without Next's cache (which needs a running server).
 */
export function repositoryOver(source: ContentBackend) {
  const safe = withSafeguards(source, { log: { error: () => {}, info: () => {} } })
  return createRepository((query, params) => safe.fetch(query, params))
}

export function embeddedRepository(datasetPath = 'sanity/seed/production.ndjson') {
  return repositoryOver(createEmbeddedBackend(datasetPath))
}
