import { existsSync } from 'node:fs'
import type { NextConfig } from 'next'
import { PHASE_PRODUCTION_BUILD } from 'next/constants'
import createNextIntlPlugin from 'next-intl/plugin'
import { readBuildEnv } from './lib/env/build'
import { routing } from './lib/i18n/routing'
import { filteredListRewrites } from './lib/reporting/filter-params'
import { securityHeaders } from './lib/security-headers'
import { IMAGE_LIMITS } from './lib/content/limits'

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts')

const { distDir, development, deploymentId, siteUrl, siteUrlWarning } = readBuildEnv()
// Each build directory type-checks its own generated route types (tsconfig.next-sanity.json, …):
// one shared tsconfig listing every directory would check stale types left by an older build.
const buildTsconfig = `tsconfig${distDir}.json`

const nextConfig: NextConfig = {
  // A second build (the E2E tests' Sanity-source app) goes to its own directory.
  distDir,
  // Set at build time and the same on every instance of the build (docs/operations.md,
  // "Deploying").
  deploymentId,
  // The public address is fixed at build: the pages prerendered now hold it, so every bundle gets
  // the same value (the default too), and a server started with another one says so
  // (lib/env/startup.ts; docs/operations.md, "Configuration").
  env: { NEXT_PUBLIC_SITE_URL: siteUrl },
  typescript: { tsconfigPath: existsSync(buildTsconfig) ? buildTsconfig : 'tsconfig.json' },
  reactStrictMode: true,
  poweredByHeader: false,
  experimental: {
    // One localised 404 for URLs outside every route (e.g. an unknown locale prefix).
    globalNotFound: true,
  },
  // Photos (docs/architecture.md, "Photos"): online they come from Sanity's image CDN in plain
  // <img srcset> (components/media/image-attributes.ts) and never pass through this optimiser, so
  // it accepts no remote image; offline it resizes the embedded dataset's files, served by the
  // portal at /media/<asset id>.<ext>, and nothing else. One quality, the widths the pages ask
  // for (never wider than IMAGE_LIMITS.maxWidth), WebP (AVIF costs twice the CPU), no SVG.
  // Optimised images are kept by the portal's cache handler (bounded, below), which Next uses
  // instead of a disk cache; the disk bound applies should the handler ever be removed.
  images: {
    remotePatterns: [],
    localPatterns: [{ pathname: '/media/**', search: '' }],
    qualities: [IMAGE_LIMITS.quality],
    deviceSizes: [...IMAGE_LIMITS.srcsetWidths],
    imageSizes: [],
    dangerouslyAllowSVG: false,
    maximumDiskCacheSize: 200_000_000,
  },
  async rewrites() {
    // Activity lists with filters in the URL are rendered per request; without, they are generated.
    return { beforeFiles: filteredListRewrites(routing.locales), afterFiles: [], fallback: [] }
  },
  async redirects() {
    // The facts page became "About this data" (sources, method, gaps, IATI readiness); its old
    // address answers 308 in every language.
    const locales = routing.locales.join('|')
    return [
      {
        source: `/:locale(${locales})/projects/:project/facts`,
        destination: '/:locale/projects/:project/about-data',
        permanent: true,
      },
    ]
  },
  async headers() {
    return securityHeaders({ development })
  },
  // The portal's own cache handler: alone, a size-bounded cache in memory (Next's default writes
  // every rendered URL to disk and keeps it); with REDIS_URL, one cache shared by every instance
  // (docs/operations.md, "Caching and revalidation"). Decided when the server starts, so one
  // build serves either way.
  cacheHandler: require.resolve('./lib/cache/cache-handler.mjs'),
  // The first pages a build worker prerenders all wait for the content to be read and indexed
  // once (the dataset, the route index, the activity index): with 1,000 projects that takes
  // longer than Next's default 60 s per page on a 2-core machine, and the build failed.
  staticPageGenerationTimeout: 600,
  // The handler holds what is cached; Next's own in-memory copy would miss other instances'
  // revalidations, and double the memory of a lone instance.
  cacheMaxMemorySize: 0,
  // Read at run time, so shipped with traced server output: the embedded dataset, and the fonts
  // of the social preview images (lib/social-image/fonts.ts).
  outputFileTracingIncludes: {
    '/**': ['./sanity/seed/*.ndjson'],
    '/[locale]/**': [
      './node_modules/@fontsource/noto-sans-georgian/files/noto-sans-georgian-{latin,latin-ext,georgian}-{400,700}-normal.woff',
    ],
  },
}

export default function config(phase: string): NextConfig {
  if (phase === PHASE_PRODUCTION_BUILD && siteUrlWarning) console.warn(siteUrlWarning)
  return withNextIntl(nextConfig)
}
