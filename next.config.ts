import { existsSync } from 'node:fs'
import type { NextConfig } from 'next'
import createNextIntlPlugin from 'next-intl/plugin'
import { readBuildEnv } from './lib/env/build'
import { routing } from './lib/i18n/routing'
import { filteredListRewrites } from './lib/reporting/filter-params'
import { securityHeaders } from './lib/security-headers'

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts')

const { distDir, development, sanityProjectId, sharedCache, deploymentId } = readBuildEnv()
// Each build directory type-checks its own generated route types (tsconfig.next-sanity.json, …):
// one shared tsconfig listing every directory would check stale types left by an older build.
const buildTsconfig = `tsconfig${distDir}.json`

const nextConfig: NextConfig = {
  // A second build (the E2E tests' Sanity-source app) goes to its own directory.
  distDir,
  // Set at build time and the same on every instance of the build (README "Scale-out").
  deploymentId,
  typescript: { tsconfigPath: existsSync(buildTsconfig) ? buildTsconfig : 'tsconfig.json' },
  reactStrictMode: true,
  poweredByHeader: false,
  experimental: {
    // One localised 404 for URLs outside every route (e.g. an unknown locale prefix).
    globalNotFound: true,
  },
  images: {
    // Only this project's own Sanity image assets may be optimised.
    remotePatterns: sanityProjectId
      ? [
          {
            protocol: 'https',
            hostname: 'cdn.sanity.io',
            pathname: `/images/${sanityProjectId}/**`,
          },
        ]
      : [],
  },
  async rewrites() {
    // Activity lists with filters in the URL are rendered per request; without, they are generated.
    return { beforeFiles: filteredListRewrites(routing.locales), afterFiles: [], fallback: [] }
  },
  async headers() {
    return securityHeaders({ development })
  },
  // Several instances share one cache in Redis (README "Scale-out"). Decided when the server
  // starts (Next reads this file again), so one build serves alone or in a cluster.
  ...(sharedCache && {
    cacheHandler: require.resolve('./lib/cache/redis-cache-handler.mjs'),
    // Every lookup goes to the shared store: a per-instance copy would miss other instances'
    // revalidations. The handler keeps its own bounded copy only while Redis is unreachable.
    cacheMaxMemorySize: 0,
  }),
  // The embedded dataset is read at run time; ship it with traced server output.
  outputFileTracingIncludes: { '/**': ['./sanity/seed/*.ndjson'] },
}

export default withNextIntl(nextConfig)
