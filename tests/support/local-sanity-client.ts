import { evaluate, parse } from 'groq-js'
import type { SeedDocument } from './seed'

/**
 * The part of a SanityClient that Studio validation uses (`fetch`, `withConfig`), backed by
 * groq-js over a local dataset, so the schema's own rules (unique slugs, reference checks) run
 * offline against real GROQ.
 */
export function localSanityClient(dataset: SeedDocument[]) {
  // Validating one document asks the same query many times (an existence check for every
  // reference, most of them to the same few organisations), and groq-js is slow per query: each
  // answer is worked out once per client, which is safe because the dataset is fixed for its life.
  const answers = new Map<string, Promise<unknown>>()
  const client = {
    fetch(query: string, params: Record<string, unknown> = {}) {
      const key = JSON.stringify([query, params])
      const known = answers.get(key)
      if (known) return known
      const answer = (async () =>
        (await evaluate(parse(query, { params }), { dataset, params })).get())()
      answers.set(key, answer)
      return answer
    },
    withConfig: () => client,
    config: () => ({ apiVersion: '2025-02-19', dataset: 'production', projectId: 'local' }),
  }
  return client
}
