/**
 * What the build tools read (next.config.ts, sanity.cli.ts). No secrets here: these run in Node
 * before and beside the app, and must not import `server-only` modules.
 */
import { buildEnvSchema, cacheEnvSchema, parseEnv, publicEnvSchema } from './schema'
import { siteUrlFrom, siteUrlWarning } from './site-url'

export function readBuildEnv(source: Record<string, string | undefined> = process.env) {
  const build = parseEnv(buildEnvSchema, source)
  const pub = parseEnv(publicEnvSchema, source)
  // Validated here too, so a bad cache variable stops the build with its name.
  parseEnv(cacheEnvSchema, source)
  return {
    development: build.NODE_ENV === 'development',
    distDir: build.NEXT_DIST_DIR ?? '.next',
    /** One id for every instance of a build (version skew, the shared cache's key space). */
    deploymentId: build.NEXT_DEPLOYMENT_ID,
    sanityProjectId: pub.NEXT_PUBLIC_SANITY_PROJECT_ID ?? build.SANITY_STUDIO_PROJECT_ID ?? null,
    sanityDataset: pub.NEXT_PUBLIC_SANITY_DATASET ?? build.SANITY_STUDIO_DATASET ?? 'production',
    /** The public address this build writes into its pages and bundles. */
    siteUrl: siteUrlFrom(pub.NEXT_PUBLIC_SITE_URL),
    /** What to tell the operator when that address is unset or local (null when public). */
    siteUrlWarning: siteUrlWarning(pub.NEXT_PUBLIC_SITE_URL),
  }
}
