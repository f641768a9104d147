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
    const cluster = await repo.read('cluster', 'en', SLUG, 'migration-data-management')
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
    const activity = await repo.read('activity', 'en', SLUG, 'national-census')
    expect(activity!.title).toEqual({ value: 'ეროვნული აღწერა', lang: 'ka' })
    expect(logged()).toEqual([])
  })

  it('skips a document missing a required field', async () => {
    const repo = datasetWith(
      edit('objective.migration-management-structure', ({ order: _order, ...doc }) => doc),
    )
    const project = await repo.read('project', 'ka', SLUG)
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
    const activities = await repo.read('projectActivities', 'en', SLUG)
    expect(activities).toHaveLength(23)
    expect(await repo.read('activity', 'en', SLUG, 'national-census')).toBeNull()
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
    const activity = await repo.read('activity', 'en', SLUG, 'border-police-hr-policy')
    expect(activity!.organizations.map((o) => o.slug)).toEqual(['border-police'])
    expect(logged()).toEqual([
      expect.stringMatching(
        /skipped organisation role of activity\.border-police-hr-policy .*organization: it refers to an organisation that does not exist/,
      ),
    ])
  })

  it('keeps an organisation whose website is not a web page, without the website', async () => {
    const repo = datasetWith((docs) =>
      edit('organization.iom', (doc) => ({ ...doc, website: 'javascript:alert(1)' }))(
        edit('organization.eu', (doc) => ({ ...doc, website: 'data:text/html,<b>x</b>' }))(docs),
      ),
    )
    const project = await repo.read('project', 'en', SLUG)
    const organizations = project!.organizations.map((role) => role.organization)
    expect(organizations.map((o) => o.slug)).toEqual(
      expect.arrayContaining(['iom', 'european-union']),
    )
    expect(organizations.find((o) => o.slug === 'iom')!.website).toBeNull()
    expect(organizations.find((o) => o.slug === 'european-union')!.website).toBeNull()
    expect(JSON.stringify(project)).not.toMatch(/javascript:|data:text/)
  })

  it('skips a line that is not JSON and keeps the rest', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'portal-broken-'))
    const file = path.join(dir, 'dataset.ndjson')
    writeFileSync(file, toNdjson(loadSeed()) + '{ not json\n')
    const projects = await embeddedRepository(file).read('projects', 'en')
    expect(projects).toHaveLength(1)
    const line = loadSeed().length + 1
    expect(logged()).toEqual([`[content] dataset.ndjson:${line} is not valid JSON; skipped`])
  })
})

describe('one definition of a routable document, the same in every list', () => {
  it('keeps the first of two activities with one slug, everywhere, and logs the other', async () => {
    const repo = datasetWith((docs) => {
      const original = docs.find((doc) => doc._id === 'activity.national-census')!
      return [
        ...docs,
        { ...original, _id: 'activity.zz-copy', title: { _type: 'localeString', en: 'Copy' } },
      ]
    })
    const index = await repo.routeIndex()
    const slugs = index.home!.activities.map((activity) => activity.slug)
    expect(slugs.filter((slug) => slug === 'national-census')).toHaveLength(1)
    const listed = await repo.read('projectActivities', 'en', SLUG)
    expect(listed!.filter((activity) => activity.slug === 'national-census')).toHaveLength(1)
    expect(listed!.map((activity) => activity.id)).not.toContain('activity.zz-copy')
    const cluster = await repo.read('cluster', 'en', SLUG, 'migration-data-management')
    expect(cluster!.activities.map((activity) => activity.id)).not.toContain('activity.zz-copy')
    expect((await repo.read('activity', 'en', SLUG, 'national-census'))!.id).toBe(
      'activity.national-census',
    )
    expect(logged()).toContainEqual(
      expect.stringMatching(
        /skipped activity activity\.zz-copy: slug "national-census" is already used by activity\.national-census/,
      ),
    )
  })

  it('treats an end before the start as not recorded, on the page and in the list, and says so', async () => {
    const repo = datasetWith(
      edit('activity.national-census', (doc) => ({
        ...doc,
        plannedStart: '2016-05-01',
        plannedEnd: '2015-01-31',
      })),
    )
    const page = await repo.read('activity', 'en', SLUG, 'national-census')
    expect(page).toMatchObject({ plannedStart: '2016-05-01', plannedEnd: null })
    const row = (await repo.read('projectActivities', 'en', SLUG))!.find(
      (activity) => activity.slug === 'national-census',
    )
    expect(row).toMatchObject({ plannedStart: '2016-05-01', plannedEnd: null })
    expect(logged()).toEqual([
      expect.stringMatching(
        /ignored plannedEnd 2015-01-31 of activity\.national-census: it is before/,
      ),
    ])
  })

  it('leaves out a document whose text is longer than the schema allows', async () => {
    const repo = datasetWith(
      edit('activity.national-census', (doc) => ({
        ...doc,
        title: { _type: 'localeString', ka: 'ა'.repeat(1_000_000), en: 'National census' },
      })),
    )
    expect(await repo.read('activity', 'en', SLUG, 'national-census')).toBeNull()
    const listed = await repo.read('projectActivities', 'en', SLUG)
    expect(listed).toHaveLength(23)
    expect(logged()).toContainEqual(
      expect.stringMatching(
        /skipped activity activity\.national-census: title\.ka: longer than 300/,
      ),
    )
  })

  it('leaves an activity out of the lists and the sitemap when its page would 404', async () => {
    const repo = datasetWith(
      edit('activity.national-census', (doc) => ({
        ...doc,
        title: { _type: 'localeString', ka: ' ', en: '' },
      })),
    )
    const index = await repo.routeIndex()
    expect(index.home!.activities.map((a) => a.slug)).not.toContain('national-census')
    expect(await repo.read('activity', 'en', SLUG, 'national-census')).toBeNull()
    expect((await repo.read('projectActivities', 'ka', SLUG))!.map((a) => a.slug)).not.toContain(
      'national-census',
    )
  })
})
