import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { resetSkippedLog } from '@/lib/content/schemas/validate'
import { embeddedRepository } from '../support/repository'
import { loadSeed, toNdjson, type SeedDocument } from '../support/seed'

const SLUG = 'secure-borders-safe-migration'

function datasetWith(change: (docs: SeedDocument[]) => SeedDocument[]) {
  const dir = mkdtempSync(path.join(tmpdir(), 'portal-broken-'))
  const file = path.join(dir, 'dataset.ndjson')
  writeFileSync(file, toNdjson(change(loadSeed())))
  return embeddedRepository(file)
}

function edit(id: string, patch: (doc: SeedDocument) => SeedDocument) {
  return (docs: SeedDocument[]) => docs.map((doc) => (doc._id === id ? patch(doc) : doc))
}

let warn: jest.SpyInstance
beforeEach(() => {
  resetSkippedLog()
  warn = jest.spyOn(console, 'warn').mockImplementation(() => {})
})
afterEach(() => warn.mockRestore())

const logged = () => warn.mock.calls.map((call) => String(call[0]))

describe('broken documents are logged and skipped', () => {
  it('skips an activity with no title in either language', async () => {
    const repo = datasetWith(
      edit('activity.national-census', (doc) => ({ ...doc, title: { _type: 'localeString' } })),
    )
    const cluster = await repo.getCluster('en', SLUG, 'migration-data-management')
    expect(cluster!.activities.map((a) => a.slug)).toEqual([
      'unified-migration-data-system',
      'global-diaspora-network',
      'extended-migration-profile',
    ])
    expect(logged()).toEqual([
      expect.stringMatching(/skipped activity activity\.national-census: title/),
    ])
  })

  it('falls back to the other language when one translation is missing, and says which', async () => {
    const repo = datasetWith(
      edit('activity.national-census', (doc) => ({
        ...doc,
        title: { _type: 'localeString', ka: 'ეროვნული აღწერა' },
      })),
    )
    const activity = await repo.getActivity('en', SLUG, 'national-census')
    expect(activity!.title).toEqual({ value: 'ეროვნული აღწერა', lang: 'ka' })
    expect(logged()).toEqual([])
  })

  it('skips a document missing a required field', async () => {
    const repo = datasetWith(
      edit('objective.migration-management-structure', ({ order: _order, ...doc }) => doc),
    )
    const project = await repo.getProject('ka', SLUG)
    expect(project!.objectives.map((o) => o.slug)).toEqual([
      'integrated-border-management-capacity',
    ])
    expect(project!.clusters).toHaveLength(4)
    expect(logged()).toEqual([
      expect.stringMatching(/skipped objective objective\.migration-management-structure: order/),
    ])
  })

  it('skips an activity whose cluster reference dangles', async () => {
    const repo = datasetWith(
      edit('activity.national-census', (doc) => ({
        ...doc,
        cluster: { _type: 'reference', _ref: 'thematicCluster.gone' },
      })),
    )
    const activities = await repo.getProjectActivities('en', SLUG)
    expect(activities).toHaveLength(23)
    expect(await repo.getActivity('en', SLUG, 'national-census')).toBeNull()
    expect(
      logged().some((line) => /skipped activity activity\.national-census: cluster/.test(line)),
    ).toBe(true)
  })

  it('drops a dangling organisation reference but keeps the activity', async () => {
    const repo = datasetWith(
      edit('activity.border-police-hr-policy', (doc) => ({
        ...doc,
        organizations: [
          {
            _type: 'organizationRole',
            _key: 'gone',
            role: 'beneficiary',
            organization: { _type: 'reference', _ref: 'organization.gone' },
          },
          {
            _type: 'organizationRole',
            _key: 'bp',
            role: 'beneficiary',
            organization: { _type: 'reference', _ref: 'organization.border-police' },
          },
        ],
      })),
    )
    const activity = await repo.getActivity('en', SLUG, 'border-police-hr-policy')
    expect(activity!.organizations.map((o) => o.slug)).toEqual(['border-police'])
    expect(logged()).toEqual([
      expect.stringMatching(
        /skipped organisation role of activity\.border-police-hr-policy .*organization: it refers to an organisation that does not exist/,
      ),
    ])
  })

  it('skips a line that is not JSON and keeps the rest', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'portal-broken-'))
    const file = path.join(dir, 'dataset.ndjson')
    writeFileSync(file, toNdjson(loadSeed()) + '{ not json\n')
    const projects = await embeddedRepository(file).getProjects('en')
    expect(projects).toHaveLength(1)
    const line = loadSeed().length + 1
    expect(logged()).toEqual([`[content] dataset.ndjson:${line} is not valid JSON; skipped`])
  })
})
