import { DEFAULT_DATASET_PATH } from '../lib/content/config'

/**
 * The embedded NDJSON dataset the app reads: `CONTENT_DATASET_PATH`, else the seed. The only
 * environment read of the content scripts, kept here until lib/env/ offers it to scripts too.
 */
export function embeddedDatasetPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CONTENT_DATASET_PATH || DEFAULT_DATASET_PATH
}
