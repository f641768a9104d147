import { SANITY_API_VERSION } from '@/lib/content/api-version'
import { DEFAULT_DATASET_PATH, backendConfigFrom } from '@/lib/content/backends/config'
import { readBuildEnv } from '@/lib/env/build'
import { readClusterEnv } from '@/lib/env/cluster'
import { ConfigurationError } from '@/lib/env/schema'
import { readServerEnv } from '@/lib/env/server'
import { readWebhookSecret } from '@/lib/revalidation/config'

describe('content configuration', () => {
  it('uses the embedded dataset when no project id is set', () => {
    expect(backendConfigFrom({})).toEqual({ kind: 'embedded', datasetPath: DEFAULT_DATASET_PATH })
    expect(
      backendConfigFrom({
        NEXT_PUBLIC_SANITY_PROJECT_ID: '',
        CONTENT_DATASET_PATH: '/tmp/x.ndjson',
      }),
    ).toEqual({ kind: 'embedded', datasetPath: '/tmp/x.ndjson' })
  })

  it('uses Sanity with a pinned API version when a project id is set', () => {
    expect(
      backendConfigFrom({
        NEXT_PUBLIC_SANITY_PROJECT_ID: 'abc123',
        SANITY_API_READ_TOKEN: 'sk'.repeat(20),
      }),
    ).toEqual({
      kind: 'sanity',
      projectId: 'abc123',
      dataset: 'production',
      apiVersion: SANITY_API_VERSION,
      token: 'sk'.repeat(20),
      apiHost: undefined,
      useCdn: false,
      timeoutMs: 5000,
    })
  })

  it.each([
    ['NEXT_PUBLIC_SANITY_PROJECT_ID', 'Not An Id!'],
    ['NEXT_PUBLIC_SANITY_DATASET', 'Prod Data'],
    ['NEXT_PUBLIC_SITE_URL', 'example.org'],
    ['SANITY_API_HOST', 'ftp://example'],
    ['SANITY_USE_CDN', 'yes'],
    ['SANITY_API_READ_TOKEN', 'short'],
    ['SANITY_TIMEOUT_MS', '10'],
    ['SANITY_REVALIDATE_SECRET', 'too-short'],
  ])('names the bad variable %s', (name, value) => {
    const read = () => backendConfigFrom({ NEXT_PUBLIC_SANITY_PROJECT_ID: 'abc123', [name]: value })
    expect(read).toThrow(ConfigurationError)
    expect(read).toThrow(new RegExp(`^- ${name} `, 'm'))
  })
})

describe('build configuration', () => {
  it('reads the dist directory and falls back to the CLI names for the Sanity project', () => {
    expect(readBuildEnv({})).toEqual({
      development: false,
      distDir: '.next',
      sanityProjectId: null,
      sanityDataset: 'production',
      siteUrl: 'http://localhost:3000',
      siteUrlWarning: expect.stringMatching(/NEXT_PUBLIC_SITE_URL is not set/),
    })
    expect(
      readBuildEnv({
        NODE_ENV: 'development',
        NEXT_DIST_DIR: '.next-bench',
        SANITY_STUDIO_PROJECT_ID: 'abc123',
        SANITY_STUDIO_DATASET: 'staging',
        REDIS_URL: 'redis://127.0.0.1:6379',
        NEXT_DEPLOYMENT_ID: 'release-42',
        NEXT_PUBLIC_SITE_URL: 'https://projects.example.org',
      }),
    ).toEqual({
      development: true,
      distDir: '.next-bench',
      deploymentId: 'release-42',
      sanityProjectId: 'abc123',
      sanityDataset: 'staging',
      siteUrl: 'https://projects.example.org',
      siteUrlWarning: null,
    })
  })

  it('refuses a dist directory outside the project', () => {
    expect(() => readBuildEnv({ NEXT_DIST_DIR: '../elsewhere' })).toThrow(/NEXT_DIST_DIR/)
  })

  it('reads the cluster command’s port and Redis, and refuses a bad port', () => {
    expect(readClusterEnv({})).toEqual({ port: 8080, redisUrl: null, distDir: '.next' })
    expect(readClusterEnv({ PORT: '4300', REDIS_URL: 'redis://10.0.0.2:6379' })).toMatchObject({
      port: 4300,
      redisUrl: 'redis://10.0.0.2:6379',
    })
    expect(() => readClusterEnv({ PORT: 'eighty' })).toThrow(/PORT/)
  })
})

describe('webhook secret', () => {
  it('is required for revalidation, and named when missing', () => {
    expect(() => readWebhookSecret(readServerEnv({}))).toThrow(
      /SANITY_REVALIDATE_SECRET is not set/,
    )
    expect(readWebhookSecret(readServerEnv({ SANITY_REVALIDATE_SECRET: 'x'.repeat(16) }))).toBe(
      'x'.repeat(16),
    )
  })
})
