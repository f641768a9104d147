import { readBuildEnv } from './build'
import { sanityProjectId, siteUrl } from './public'
import { parseEnv, publicEnvSchema } from './schema'
import { serverEnv } from './server'
import { siteUrlStartWarnings } from './site-url'

/**
 * The public variables as this process's environment holds them now. `process.env` is passed as a
 * whole, so Next does not replace the names with the build's values as it does in public.ts.
 */
function publicEnvAtStart(source: Record<string, string | undefined> = process.env) {
  return parseEnv(publicEnvSchema, source)
}

/** Validates every variable at server start (public ones are checked when this module loads). */
export function checkServerConfiguration(): void {
  const env = serverEnv()
  console.info(
    `[config] content from ${sanityProjectId ? `Sanity project ${sanityProjectId}` : `the embedded dataset ${env.CONTENT_DATASET_PATH ?? '(default)'}`}; ` +
      `webhook ${env.SANITY_REVALIDATE_SECRET ? 'enabled' : 'disabled (SANITY_REVALIDATE_SECRET not set)'}; ` +
      `public address ${siteUrl}`,
  )
  // `next dev` serves on a local address on purpose.
  if (readBuildEnv().development) return
  for (const warning of siteUrlStartWarnings(siteUrl, publicEnvAtStart().NEXT_PUBLIC_SITE_URL)) {
    console.warn(warning)
  }
}
