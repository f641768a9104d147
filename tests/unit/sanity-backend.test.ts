import { SANITY_API_VERSION } from '@/lib/content/api-version'
import { backendConfigFrom } from '@/lib/content/backends/config'
import { projectQuery, routeIndexQuery } from '@/lib/content/queries'
import { resilient } from '@/lib/content/backends/safeguards'
import { createSanityBackend } from '@/lib/content/backends/sanity'
import { startContentLake } from '../support/content-lake-server'
import { embeddedRepository, repositoryOver } from '../support/repository'
import { loadSeed } from '../support/seed'

const SLUG = 'secure-borders-safe-migration'
let lake: Awaited<ReturnType<typeof startContentLake>>

beforeAll(async () => {
  lake = await startContentLake(loadSeed())
})
afterAll(() => lake.close())

// The client's timeout when the lake is meant to answer: the largest allowed, since the lake runs
// in this process and answers slowly when the machine is busy (only the hang test wants a short one).
const PATIENT_MS = 60_000

function sanityRepository() {
  const config = backendConfigFrom({
    NEXT_PUBLIC_SANITY_PROJECT_ID: 'abc123',
    NEXT_PUBLIC_SANITY_DATASET: 'production',
    SANITY_API_HOST: lake.url,
    SANITY_TIMEOUT_MS: String(PATIENT_MS),
  })
  if (config.kind !== 'sanity') throw new Error('expected the Sanity source')
  return repositoryOver(createSanityBackend(config))
}

describe('Sanity source', () => {
  it('sends the same query and params to the Content Lake HTTP API', async () => {
    lake.requests.length = 0
    await sanityRepository().read('project', 'ka', SLUG)
    // The route index first (is there such a project?), then the project by its id.
    expect(lake.requests.map((request) => request.query)).toEqual([routeIndexQuery, projectQuery])
    const [index, project] = lake.requests
    expect(index!.path).toBe(`/v${SANITY_API_VERSION}/data/query/production`)
    expect(index!.params).toEqual({})
    expect(project!.params).toEqual({ id: `project.${SLUG}` })
  })

  it('asks for the published perspective', async () => {
    lake.requests.length = 0
    await sanityRepository().routeIndex()
    expect(lake.requests.map((request) => request.perspective)).toEqual(['published'])
  })

  it.each(['ka', 'en'] as const)(
    'gives the same results as the embedded dataset (%s)',
    async (locale) => {
      const embedded = embeddedRepository()
      const sanity = sanityRepository()
      expect(await sanity.read('projects', locale)).toEqual(await embedded.read('projects', locale))
      expect(await sanity.read('project', locale, SLUG)).toEqual(
        await embedded.read('project', locale, SLUG),
      )
      expect(await sanity.read('cluster', locale, SLUG, 'migration-data-management')).toEqual(
        await embedded.read('cluster', locale, SLUG, 'migration-data-management'),
      )
      expect(await sanity.read('activity', locale, SLUG, 'national-census')).toEqual(
        await embedded.read('activity', locale, SLUG, 'national-census'),
      )
      expect(await sanity.read('projectActivities', locale, SLUG)).toEqual(
        await embedded.read('projectActivities', locale, SLUG),
      )
    },
  )
})

describe('when the Content Lake fails', () => {
  function source(timeoutMs = PATIENT_MS) {
    const config = backendConfigFrom({
      NEXT_PUBLIC_SANITY_PROJECT_ID: 'abc123',
      SANITY_API_HOST: lake.url,
      SANITY_TIMEOUT_MS: String(timeoutMs),
    })
    if (config.kind !== 'sanity') throw new Error('expected the Sanity source')
    return createSanityBackend(config)
  }
  afterEach(() => lake.setMode('ok'))

  it('rejects server errors without retrying', async () => {
    lake.setMode('error')
    lake.requests.length = 0
    await expect(source().fetch('count(*)', {})).rejects.toThrow()
    expect(lake.requests).toHaveLength(1)
  })

  it('gives up on a hanging request after the timeout', async () => {
    lake.setMode('hang')
    lake.requests.length = 0
    // The lake never answers, so only the client's own timeout can end the request; that it ends
    // once, without retries, is what keeps a page waiting no longer than SANITY_TIMEOUT_MS. (No
    // wall-clock bound: how long 300 ms takes on a busy machine is not this test's business.)
    await expect(source(300).fetch('count(*)', {})).rejects.toThrow(/timed out/)
    expect(lake.requests).toHaveLength(1)
    // It also closes the connection, so the lake sees the request end (which
    // tests/e2e/cms-failure.spec.ts waits for instead of sleeping); if it never did, this loop would
    // run into the test's timeout.
    while (lake.open() > 0) await new Promise((resolve) => setImmediate(resolve))
  })

  it('answers with the last good result, and logs a failure episode once and the recovery once', async () => {
    const log = { error: jest.fn(), info: jest.fn() }
    const watched = resilient(source(), log)
    const good = await watched.fetch('count(*[_type == "activity"])', {})
    expect(good).toBe(24)
    lake.setMode('error')
    for (let i = 0; i < 3; i++)
      expect(await watched.fetch('count(*[_type == "activity"])', {})).toBe(24)
    await expect(watched.fetch('count(*[_type == "project"])', {})).rejects.toThrow()
    expect(log.error).toHaveBeenCalledTimes(1)
    expect(log.error.mock.calls[0]![0]).toMatch(/sanity backend failed/)
    lake.setMode('ok')
    await watched.fetch('count(*)', {})
    await watched.fetch('count(*)', {})
    expect(log.info).toHaveBeenCalledTimes(1)
    expect(log.info.mock.calls[0]![0]).toMatch(/recovered after 4 failed request/)
  })
})
