import { createSchema, validateDocument, type SanityDocument, type Workspace } from 'sanity'
import { schemaTypes } from '@/sanity/schemaTypes'
import { localSanityClient } from './local-sanity-client'
import type { SeedDocument } from './seed'

export const schema = createSchema({ name: 'default', types: schemaTypes })

/** Runs the Studio's own validation (every rule of the schema) on a document, offline. */
export async function validateWithStudioRules(document: SeedDocument, dataset: SeedDocument[]) {
  const client = localSanityClient(dataset)
  const ids = new Set(dataset.map((doc) => doc._id))
  // validateDocument reads only `schema` (and optionally `i18n`) from the workspace.
  const workspace = { schema } as unknown as Workspace
  const markers = await validateDocument({
    document: document as SanityDocument,
    workspace,
    // 'studio': what editors see (the CLI mode downgrades object-field errors to warnings).
    environment: 'studio',
    getClient: () => client as unknown as ReturnType<Workspace['getClient']>,
    getDocumentExists: async ({ id }) => ids.has(id),
  })
  return markers
    .filter((marker) => marker.level === 'error')
    .map((marker) => `${marker.path.join('.')}: ${marker.message}`)
}
