/**
 * The public part of the configuration: safe for the browser (the Studio runs there). Next
 * inlines `process.env.NEXT_PUBLIC_*` only where the name is written out in full, hence the list.
 */
import { parseEnv, publicEnvSchema } from './schema'
import { siteUrlFrom } from './site-url'

const env = parseEnv(publicEnvSchema, {
  NEXT_PUBLIC_SANITY_PROJECT_ID: process.env.NEXT_PUBLIC_SANITY_PROJECT_ID,
  NEXT_PUBLIC_SANITY_DATASET: process.env.NEXT_PUBLIC_SANITY_DATASET,
  NEXT_PUBLIC_SITE_URL: process.env.NEXT_PUBLIC_SITE_URL,
})

/** The Sanity project; without one the portal serves the embedded dataset. */
export const sanityProjectId: string | null = env.NEXT_PUBLIC_SANITY_PROJECT_ID ?? null
export const sanityDataset: string = env.NEXT_PUBLIC_SANITY_DATASET ?? 'production'
/**
 * The public origin of the site, for every absolute URL (lib/site.ts). Fixed at build time:
 * next.config.ts writes the build's value (or the local default) into every bundle, as the pages
 * prerendered at build already hold it (docs/operations.md, "Configuration").
 */
export const siteUrl: string = siteUrlFrom(env.NEXT_PUBLIC_SITE_URL)
