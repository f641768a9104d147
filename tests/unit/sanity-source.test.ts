import { readContentConfig, SANITY_API_VERSION } from '@/lib/content/config'
import { projectQuery } from '@/lib/content/queries'
import { createSanitySource } from '@/lib/content/sources/sanity'
import { startContentLake } from '../support/content-lake-server'
import { embeddedRepository, repositoryOver } from '../support/repository'
import { loadSeed } from '../support/seed'

const SLUG = 'secure-borders-safe-migration'
let lake: Awaited<ReturnType<typeof startContentLake>>

beforeAll(async () => {
  lake = await startContentLake(loadSeed())
})
afterAll(() => lake.close())

function sanityRepository() {
  const config = readContentConfig({
    NODE_ENV: 'test',
    NEXT_PUBLIC_SANITY_PROJECT_ID: 'abc123',
    NEXT_PUBLIC_SANITY_DATASET: 'production',
    SANITY_API_HOST: lake.url,
  })
  if (config.kind !== 'sanity') throw new Error('expected the Sanity source')
  return repositoryOver(createSanitySource(config))
}

describe('Sanity source', () => {
  it('sends the same query and params to the Content Lake HTTP API', async () => {
    lake.requests.length = 0
    await sanityRepository().getProject('ka', SLUG)
    expect(lake.requests).toHaveLength(1)
    const [request] = lake.requests
    expect(request!.path).toBe(`/v${SANITY_API_VERSION}/data/query/production`)
    expect(request!.query).toBe(projectQuery)
    expect(request!.params).toEqual({ locale: 'ka', fallbackLocale: 'en', slug: SLUG })
  })

  it('asks for the published perspective', async () => {
    lake.requests.length = 0
    await sanityRepository().getHomeProjectSlug()
    expect(lake.requests.map((request) => request.perspective)).toEqual(['published'])
  })

  it.each(['ka', 'en'] as const)(
    'gives the same results as the embedded dataset (%s)',
    async (locale) => {
      const embedded = embeddedRepository()
      const sanity = sanityRepository()
      expect(await sanity.getProjects(locale)).toEqual(await embedded.getProjects(locale))
      expect(await sanity.getProject(locale, SLUG)).toEqual(await embedded.getProject(locale, SLUG))
      expect(await sanity.getCluster(locale, SLUG, 'migration-data-management')).toEqual(
        await embedded.getCluster(locale, SLUG, 'migration-data-management'),
      )
      expect(await sanity.getActivity(locale, SLUG, 'national-census')).toEqual(
        await embedded.getActivity(locale, SLUG, 'national-census'),
      )
      expect(await sanity.getProjectActivities(locale, SLUG)).toEqual(
        await embedded.getProjectActivities(locale, SLUG),
      )
    },
  )
})
