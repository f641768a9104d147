import { z } from 'zod'

/** The Sanity HTTP API version every query is pinned to (dated versions never change behaviour). */
export const SANITY_API_VERSION = '2025-02-19'

export const DEFAULT_DATASET_PATH = 'sanity/seed/production.ndjson'

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional())

const envSchema = z.object({
  NEXT_PUBLIC_SANITY_PROJECT_ID: optional(
    z
      .string()
      .regex(
        /^[a-z0-9][a-z0-9-]{0,62}$/,
        'must be a Sanity project id: lowercase letters, digits and dashes',
      ),
  ),
  NEXT_PUBLIC_SANITY_DATASET: optional(
    z
      .string()
      .regex(
        /^[a-z0-9][a-z0-9_-]{0,63}$/,
        'must be a Sanity dataset name: lowercase letters, digits, "_" and "-"',
      ),
  ),
  SANITY_API_READ_TOKEN: optional(z.string().min(20, 'looks too short to be a Sanity API token')),
  SANITY_API_HOST: optional(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' })),
  SANITY_USE_CDN: optional(z.enum(['true', 'false'], 'must be "true" or "false"')),
  SANITY_TIMEOUT_MS: optional(
    z.coerce.number().int().min(100).max(60_000, 'must be a number of milliseconds (100–60000)'),
  ),
  CONTENT_DATASET_PATH: optional(z.string().min(1)),
})

export type ContentSourceConfig =
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

export class ConfigurationError extends Error {
  override name = 'ConfigurationError'
}

/**
 * Chooses the content source from the environment: Sanity when a project id is set, else the
 * embedded NDJSON dataset. Throws a ConfigurationError naming every bad variable.
 */
export function readContentConfig(env: NodeJS.ProcessEnv = process.env): ContentSourceConfig {
  const parsed = envSchema.safeParse(env)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`)
    throw new ConfigurationError(`Invalid content configuration:\n- ${problems.join('\n- ')}`)
  }
  const vars = parsed.data
  if (!vars.NEXT_PUBLIC_SANITY_PROJECT_ID) {
    return { kind: 'embedded', datasetPath: vars.CONTENT_DATASET_PATH ?? DEFAULT_DATASET_PATH }
  }
  return {
    kind: 'sanity',
    projectId: vars.NEXT_PUBLIC_SANITY_PROJECT_ID,
    dataset: vars.NEXT_PUBLIC_SANITY_DATASET ?? 'production',
    apiVersion: SANITY_API_VERSION,
    token: vars.SANITY_API_READ_TOKEN,
    apiHost: vars.SANITY_API_HOST,
    // The CDN serves slightly stale data; pages are cached and revalidated by webhook anyway.
    useCdn: vars.SANITY_USE_CDN === 'true',
    timeoutMs: vars.SANITY_TIMEOUT_MS ?? 5000,
  }
}
