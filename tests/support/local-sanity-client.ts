import { evaluate, parse } from 'groq-js'
import type { SeedDocument } from './seed'

/**
 * The part of a SanityClient that Studio validation uses (`fetch`, `withConfig`), backed by
 * groq-js over a local dataset, so the schema's own rules (unique slugs, reference checks) run
 * offline against real GROQ.
 */
export function localSanityClient(dataset: SeedDocument[]) {
  const client = {
    async fetch(query: string, params: Record<string, unknown> = {}) {
      const result = await evaluate(parse(query, { params }), { dataset, params })
      return result.get()
    },
    withConfig: () => client,
    config: () => ({ apiVersion: '2025-02-19', dataset: 'production', projectId: 'local' }),
  }
  return client
}
