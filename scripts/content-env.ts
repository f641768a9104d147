import { parseEnv, serverEnvSchema } from '../lib/env/schema'
import { DEFAULT_DATASET_PATH } from '../lib/content/backends/config'

/**
 * The embedded NDJSON dataset the app reads: `CONTENT_DATASET_PATH`, else the seed — validated by
 * the app's own env schema (lib/env), so a bad value stops the script with the variable's name.
 */
export function embeddedDatasetPath(env: Record<string, string | undefined> = process.env): string {
  return parseEnv(serverEnvSchema, env).CONTENT_DATASET_PATH ?? DEFAULT_DATASET_PATH
}
