/**
 * Every environment variable the portal reads, validated with zod in one place. Pure: the
 * modules beside it decide where values come from (the browser gets inlined public values, the
 * server reads `process.env`), so tests can pass any record in. The shared cache's variables and
 * the parsing itself are plain JavaScript (cache.mjs, parse.mjs): the cache handler, which Next
 * loads outside the app bundle, uses the same declarations.
 */
import { z } from 'zod'
import { cacheEnvSchema } from './cache.mjs'
import { servingEnvSchema } from './serving.mjs'
import { httpUrl, unsetIfEmpty } from './parse.mjs'

export { cacheEnvSchema }
export { ConfigurationError, parseEnv } from './parse.mjs'

export const SANITY_PROJECT_ID = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9-]{0,62}$/,
    'must be a Sanity project id: lowercase letters, digits and dashes',
  )
export const SANITY_DATASET = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9_-]{0,63}$/,
    'must be a Sanity dataset name: lowercase letters, digits, "_" and "-"',
  )

/** Values the browser may see (inlined at build time); never a secret. */
export const publicEnvSchema = z.object({
  NEXT_PUBLIC_SANITY_PROJECT_ID: unsetIfEmpty(SANITY_PROJECT_ID),
  NEXT_PUBLIC_SANITY_DATASET: unsetIfEmpty(SANITY_DATASET),
  NEXT_PUBLIC_SITE_URL: unsetIfEmpty(httpUrl),
})

/** Server-only values: secrets and where content comes from. */
export const serverEnvSchema = z.object({
  ...cacheEnvSchema.shape,
  ...servingEnvSchema.shape,
  SANITY_API_READ_TOKEN: unsetIfEmpty(
    z.string().min(20, 'looks too short to be a Sanity API token'),
  ),
  SANITY_API_HOST: unsetIfEmpty(httpUrl),
  SANITY_USE_CDN: unsetIfEmpty(z.enum(['true', 'false'], 'must be "true" or "false"')),
  SANITY_TIMEOUT_MS: unsetIfEmpty(
    z.coerce.number().int().min(100).max(60_000, 'must be a number of milliseconds (100–60000)'),
  ),
  CONTENT_DATASET_PATH: unsetIfEmpty(z.string().min(1)),
  SANITY_REVALIDATE_SECRET: unsetIfEmpty(
    z.string().min(16, 'must be at least 16 characters (use a long random string)'),
  ),
  /**
   * Whether the portal's IATI files are IOM's own publication (`primary`: published under IOM's
   * IATI Registry account) or, by default, a secondary report of IOM's activities
   * (`secondary-reporter="1"`), which IATI's tools never take for IOM's own record.
   */
  IATI_REPORTING: unsetIfEmpty(
    z.enum(['secondary', 'primary'], 'must be "secondary" or "primary"'),
  ),
})

/** Values the build tools read (next.config.ts, sanity.cli.ts), besides the public ones. */
export const buildEnvSchema = z.object({
  NODE_ENV: unsetIfEmpty(z.enum(['development', 'production', 'test'])),
  /** A second build (the E2E tests' Sanity-source app, the benchmarks) goes to its own directory. */
  NEXT_DIST_DIR: unsetIfEmpty(
    z.string().regex(/^\.next[\w-]*$/, 'must be ".next" or ".next-<name>"'),
  ),
  /**
   * Same value for every instance of one build (Next reads it too): see docs/operations.md,
   * "Deploying".
   */
  NEXT_DEPLOYMENT_ID: unsetIfEmpty(
    z.string().regex(/^[\w.-]{1,64}$/, 'must be 1-64 letters, digits, ".", "_" or "-"'),
  ),
  /** The Sanity CLI's own names for the project and dataset. */
  SANITY_STUDIO_PROJECT_ID: unsetIfEmpty(SANITY_PROJECT_ID),
  SANITY_STUDIO_DATASET: unsetIfEmpty(SANITY_DATASET),
})

/** What `npm run cluster` reads (scripts/cluster.ts); it passes the server's variables through. */
export const clusterEnvSchema = z.object({
  /** The proxy's port; the two instances take PORT+1 and PORT+2, a Redis it starts PORT+3. */
  PORT: unsetIfEmpty(z.coerce.number().int().min(1).max(65_532, 'must be a port number (1-65532)')),
  REDIS_URL: cacheEnvSchema.shape.REDIS_URL,
  NEXT_DIST_DIR: buildEnvSchema.shape.NEXT_DIST_DIR,
})
