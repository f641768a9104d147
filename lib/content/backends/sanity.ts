import { createClient } from '@sanity/client'
import type { BackendConfig } from './config'
import type { ContentBackend, FetchOptions, QueryParams } from './types'

type SanityConfig = Extract<BackendConfig, { kind: 'sanity' }>

export function createSanityClient(config: SanityConfig) {
  return createClient({
    projectId: config.projectId,
    dataset: config.dataset,
    apiVersion: config.apiVersion,
    useCdn: config.useCdn,
    token: config.token,
    perspective: 'published',
    // A slow Content Lake must not hold a page render for long: fail and keep the cached page.
    timeout: config.timeoutMs,
    // Retries would multiply the wait; the next regeneration is the retry.
    maxRetries: 0,
    ...(config.apiHost ? { apiHost: config.apiHost, useProjectHostname: false } : {}),
  })
}

/** Sanity's Content Lake through @sanity/client, published perspective, API version pinned. */
export function createSanityBackend(config: SanityConfig): ContentBackend {
  const client = createSanityClient(config)
  // Drafts need a token; without one, preview shows published content.
  const previewClient = config.token
    ? client.withConfig({ perspective: 'drafts', useCdn: false })
    : client
  return {
    kind: 'sanity',
    fetch(query: string, params: QueryParams, options: FetchOptions = {}) {
      // Caching is done one level up (lib/content/index.ts) for both sources alike.
      return (options.preview ? previewClient : client).fetch(query, params, {
        filterResponse: true,
      })
    },
  }
}
