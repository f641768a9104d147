import { readFileSync } from 'node:fs'
import { evaluate, parse } from 'groq-js'
import {
  WEBHOOK_FILTER,
  WEBHOOK_PROJECTION,
  webhookPayloadSchema,
} from '@/lib/revalidation/payload'
import { documentTypes } from '@/lib/content/catalog'
import { tagsForChange } from '@/lib/revalidation/tags-for-change'
import { loadSeed, type SeedDocument } from '../support/seed'

const seed = loadSeed()
const byId = (id: string) => seed.find((doc) => doc._id === id)!

/**
 * What Sanity's webhook sends: the projection over the changed document (on delete, the document
 * as it was), with before() and after().
 */
async function payloadFor(
  before: SeedDocument | null,
  after: SeedDocument | null,
  root: SeedDocument | null = after,
) {
  const result = await evaluate(parse(WEBHOOK_PROJECTION, { mode: 'delta' }), {
    dataset: seed,
    root,
    before,
    after,
  })
  return result.get()
}

describe('the webhook projection in docs/operations.md', () => {
  it('is the one the route understands, shown verbatim in docs/operations.md', () => {
    const operations = readFileSync('docs/operations.md', 'utf8')
    expect(operations).toContain(WEBHOOK_PROJECTION)
    // Webhooks run projections in delta mode, which has no sub-queries.
    expect(WEBHOOK_PROJECTION).not.toContain('*[')
    expect(operations).toContain(WEBHOOK_FILTER)
    const types = [...WEBHOOK_FILTER.matchAll(/"(\w+)"/g)].map((match) => match[1])
    expect(types).toEqual(Object.keys(documentTypes))
  })

  it('gives a body that names the old and new slug and cluster of a moved, renamed activity', async () => {
    const before = byId('activity.national-census')
    const after = {
      ...before,
      slug: { _type: 'slug', current: 'population-census' },
      cluster: { _type: 'reference', _ref: 'thematicCluster.integrated-border-management' },
    }
    const payload = webhookPayloadSchema.parse(await payloadFor(before, after))
    expect(payload).toEqual({
      _id: 'activity.national-census',
      _type: 'activity',
      slug: 'population-census',
      previousSlug: 'national-census',
      projectSlug: 'secure-borders-safe-migration',
      clusterSlug: 'integrated-border-management',
      previousClusterSlug: 'migration-data-management',
      routesChanged: true,
    })
    expect(tagsForChange(payload)).toEqual(
      expect.arrayContaining([
        'activity:secure-borders-safe-migration:population-census',
        'activity:secure-borders-safe-migration:national-census',
        'cluster:secure-borders-safe-migration:integrated-border-management',
        'cluster:secure-borders-safe-migration:migration-data-management',
      ]),
    )
  })

  it('gives a body for a deleted activity that names its slug and cluster', async () => {
    const deleted = byId('activity.global-diaspora-network')
    const payload = webhookPayloadSchema.parse(await payloadFor(deleted, null, deleted))
    expect(payload).toMatchObject({
      slug: 'global-diaspora-network',
      projectSlug: 'secure-borders-safe-migration',
      clusterSlug: 'migration-data-management',
      routesChanged: true,
    })
  })

  it('says an edit of a title moves no page, so only that page and its lists refresh', async () => {
    const before = byId('activity.national-census')
    const after = { ...before, title: { _type: 'localeString', ka: 'ახალი', en: 'New title' } }
    const payload = webhookPayloadSchema.parse(await payloadFor(before, after))
    expect(payload.routesChanged).toBe(false)
    expect(tagsForChange(payload)).not.toContain('routes')
  })

  it('gives a body for a project, whose own slug is its project slug', async () => {
    const project = byId('project.secure-borders-safe-migration')
    const payload = webhookPayloadSchema.parse(await payloadFor(project, project))
    expect(payload).toMatchObject({
      _type: 'project',
      projectSlug: 'secure-borders-safe-migration',
    })
  })
})

describe('updates and site settings through the webhook', () => {
  const update = byId('update.mra-identity-management-training-2016')

  it('moves the route index when an update is rescheduled or re-titled, not when its text changes', async () => {
    const rescheduled = { ...update, publishedAt: '2030-01-01T00:00:00Z' }
    const retitled = { ...update, title: { _type: 'localeString', ka: null, en: 'English only' } }
    const summary = { ...update, summary: { _type: 'localeText', ka: 'ა', en: 'b' } }
    const changed = async (after: SeedDocument) =>
      webhookPayloadSchema.parse(await payloadFor(update, after)).routesChanged
    expect(await changed(rescheduled)).toBe(true)
    expect(await changed(retitled)).toBe(true)
    expect(await changed(summary)).toBe(false)
    const payload = webhookPayloadSchema.parse(await payloadFor(update, summary))
    expect(payload).toMatchObject({ _type: 'update', projectSlug: 'secure-borders-safe-migration' })
    expect(tagsForChange(payload)).toEqual(['updates'])
    expect(tagsForChange({ ...payload, routesChanged: true })).toEqual(['routes', 'updates'])
  })

  it('refreshes every page frame when the site settings change, and nothing else', async () => {
    const settings = byId('siteSettings')
    const after = { ...settings, footerText: { _type: 'localeText', ka: 'ა', en: 'b' } }
    const payload = webhookPayloadSchema.parse(await payloadFor(settings, after))
    expect(tagsForChange(payload)).toEqual(['site-settings'])
  })
})
