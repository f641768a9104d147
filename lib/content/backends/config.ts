import { parseEnv, publicEnvSchema, serverEnvSchema } from '../../env/schema'
import type { ServerEnv } from '../../env/server'
import { SANITY_API_VERSION } from '../api-version'

export const DEFAULT_DATASET_PATH = 'sanity/seed/production.ndjson'
const DEFAULT_TIMEOUT_MS = 5000

export type BackendConfig =
  | { kind: 'embedded'; datasetPath: string }
  | {
      kind: 'sanity'
      projectId: string
      dataset: string
      apiVersion: string
      token?: string
      apiHost?: string
      useCdn: boolean
      timeoutMs: number
    }

export type ContentEnv = {
  server: ServerEnv
  sanityProjectId: string | null
  sanityDataset: string
}

/** Chooses the content source: Sanity when a project id is set, else the embedded NDJSON dataset. */
export function backendConfig({
  server,
  sanityProjectId,
  sanityDataset,
}: ContentEnv): BackendConfig {
  if (!sanityProjectId) {
    return { kind: 'embedded', datasetPath: server.CONTENT_DATASET_PATH ?? DEFAULT_DATASET_PATH }
  }
  return {
    kind: 'sanity',
    projectId: sanityProjectId,
    dataset: sanityDataset,
    apiVersion: SANITY_API_VERSION,
    token: server.SANITY_API_READ_TOKEN,
    apiHost: server.SANITY_API_HOST,
    // The CDN serves slightly stale data; pages are cached and revalidated by webhook anyway.
    useCdn: server.SANITY_USE_CDN === 'true',
    timeoutMs: server.SANITY_TIMEOUT_MS ?? DEFAULT_TIMEOUT_MS,
  }
}

/** The content configuration of any set of variables (tests, scripts): validated like the server's. */
export function backendConfigFrom(source: Record<string, string | undefined>): BackendConfig {
  const pub = parseEnv(publicEnvSchema, source)
  return backendConfig({
    server: parseEnv(serverEnvSchema, source),
    sanityProjectId: pub.NEXT_PUBLIC_SANITY_PROJECT_ID ?? null,
    sanityDataset: pub.NEXT_PUBLIC_SANITY_DATASET ?? 'production',
  })
}
