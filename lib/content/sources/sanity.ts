import { createClient } from '@sanity/client'
import type { ContentSourceConfig } from '../config'
import type { ContentSource, QueryParams } from './types'

type SanityConfig = Extract<ContentSourceConfig, { kind: 'sanity' }>

/** Sanity's Content Lake through @sanity/client, published perspective, API version pinned. */
export function createSanitySource(
  config: SanityConfig,
  options: { timeoutMs?: number } = {},
): ContentSource {
  const client = createClient({
    projectId: config.projectId,
    dataset: config.dataset,
    apiVersion: config.apiVersion,
    useCdn: config.useCdn,
    token: config.token,
    perspective: 'published',
    timeout: options.timeoutMs ?? 10_000,
    ...(config.apiHost ? { apiHost: config.apiHost, useProjectHostname: false } : {}),
  })
  return {
    kind: 'sanity',
    fetch(query: string, params: QueryParams) {
      // Caching is done one level up (lib/content/cache.ts) for both sources alike.
      return client.fetch(query, params, { filterResponse: true })
    },
  }
}
