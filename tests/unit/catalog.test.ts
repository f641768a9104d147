/**
 * The content API is table-driven: a read is one declaration (query, schema, where it applies,
 * params, tags, the join that finishes it) and the repository runs it by name. These tests add a
 * read the way docs/adding-a-document-type.md describes, and check that the webhook's filter,
 * payload and tags come from the table of document types.
 */
import { z } from 'zod'
import { createEmbeddedBackend } from '@/lib/content/backends/embedded'
import { documentTypes, reads } from '@/lib/content/catalog'
import { clusterOf, createReader, one, type QueryRunner } from '@/lib/content/repository'
import { localizedFields } from '@/lib/content/schemas/primitives'
import { TAGS } from '@/lib/content/tags'
import { WEBHOOK_FILTER, webhookPayloadSchema } from '@/lib/revalidation/payload'
import { tagsForChange } from '@/lib/revalidation/tags-for-change'

const SLUG = 'secure-borders-safe-migration'
const CLUSTER = 'integrated-border-management'

function recordingRunner() {
  const backend = createEmbeddedBackend('sanity/seed/production.ndjson')
  const calls: { params: unknown; tags: string[] }[] = []
  const run: QueryRunner = (query, params, tags) => {
    calls.push({ params, tags })
    return backend.fetch(query, params)
  }
  return { run, calls }
}

describe('a read declared once', () => {
  it('is run by name, with the params and tags it declares', async () => {
    // A new read, declared as an entry of lib/content/catalog.ts would be: a cluster's title alone.
    const clusterTitle = one({
      query: 'clusterQuery',
      at: clusterOf,
      what: 'thematic cluster',
      schema: (locale) => z.object({ title: localizedFields(locale).title.required }),
      params: ({ document }) => ({ id: document.id }),
      tags: ({ project, document }) => [TAGS.cluster(project.slug, document.slug)],
      finish: ({ title }) => title.value,
    })
    const { run, calls } = recordingRunner()
    const repository = createReader(run, { ...reads, clusterTitle })

    expect(await repository.read('clusterTitle', 'en', SLUG, CLUSTER)).toMatch(/border management/i)
    const read = calls.at(-1)
    expect(read?.params).toEqual({ id: `thematicCluster.${CLUSTER}` })
    expect(read?.tags).toEqual([TAGS.cluster(SLUG, CLUSTER), TAGS.organizations, TAGS.sources])
  })

  it('runs no query but the route index for an address that leads nowhere', async () => {
    const { run, calls } = recordingRunner()
    const repository = createReader(run, reads)
    expect(await repository.read('cluster', 'en', SLUG, 'no-such-cluster')).toBeNull()
    expect(await repository.read('project', 'ka', 'no-such-project')).toBeNull()
    expect(calls.map((call) => call.tags)).toEqual([[TAGS.routes], [TAGS.routes]])
  })
})

describe('document types declared once', () => {
  it('give the webhook its filter and the types its payload accepts', () => {
    const types = Object.keys(documentTypes)
    expect(WEBHOOK_FILTER).toBe(`_type in [${types.map((t) => `"${t}"`).join(', ')}]`)
    for (const type of types) {
      expect(webhookPayloadSchema.safeParse({ _id: 'x', _type: type }).success).toBe(true)
    }
    expect(webhookPayloadSchema.safeParse({ _id: 'x', _type: 'sanity.imageAsset' }).success).toBe(
      false,
    )
  })

  it('expire the route index only for types whose changes move pages', () => {
    for (const [type, declared] of Object.entries(documentTypes)) {
      const change = webhookPayloadSchema.parse({ _id: 'x', _type: type, projectSlug: SLUG })
      expect(tagsForChange(change).includes(TAGS.routes)).toBe(declared.movesPages)
      expect(tagsForChange({ ...change, routesChanged: false })).not.toContain(TAGS.routes)
    }
  })
})
