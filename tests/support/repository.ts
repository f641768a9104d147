import { createRepository } from '@/lib/content/repository'
import { createEmbeddedSource } from '@/lib/content/sources/embedded'
import type { ContentSource } from '@/lib/content/sources/types'

/** The real repository over a source, without Next's cache (which needs a running server). */
export function repositoryOver(source: ContentSource) {
  return createRepository((query, params) => source.fetch(query, params))
}

export function embeddedRepository(datasetPath = 'sanity/seed/production.ndjson') {
  return repositoryOver(createEmbeddedSource(datasetPath))
}
