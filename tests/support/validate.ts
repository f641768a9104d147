import { createSchema, validateDocument, type SanityDocument, type Workspace } from 'sanity'
import { schemaTypes } from '@/sanity/schemaTypes'
import { localSanityClient } from './local-sanity-client'
import type { SeedDocument } from './seed'

export const schema = createSchema({ name: 'default', types: schemaTypes })

/** Runs the Studio's own validation (every rule of the schema) on a document, offline. */
export async function validateWithStudioRules(document: SeedDocument, dataset: SeedDocument[]) {
  return studioMessages(document, dataset, 'error')
}

/** The Studio's validation messages of one level (`error` blocks publishing, `warning` does not). */
export async function studioMessages(
  document: SeedDocument,
  dataset: SeedDocument[],
  level: 'error' | 'warning',
) {
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
    .filter((marker) => marker.level === level)
    .map((marker) => `${marker.path.join('.')}: ${marker.message}`)
}
