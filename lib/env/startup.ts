import { sanityProjectId } from './public'
import { serverEnv } from './server'

/** Validates every variable at server start (public ones are checked when this module loads). */
export function checkServerConfiguration(): void {
  const env = serverEnv()
  console.info(
    `[config] content from ${sanityProjectId ? `Sanity project ${sanityProjectId}` : `the embedded dataset ${env.CONTENT_DATASET_PATH ?? '(default)'}`}; ` +
      `webhook ${env.SANITY_REVALIDATE_SECRET ? 'enabled' : 'disabled (SANITY_REVALIDATE_SECRET not set)'}`,
  )
}
