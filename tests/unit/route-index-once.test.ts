/**
 * The route index is validated once per result object (lib/content/repository.ts): at 1,000
 * projects validating its 28,000 documents on every request cost about a second each time.
 */
import { createEmbeddedBackend } from '@/lib/content/backends/embedded'
import { routeIndexQuery } from '@/lib/content/queries'
import { readRouteIndex } from '@/lib/content/repository'

describe('route index validation', () => {
  it('is done once for the same result, again for another', async () => {
    const raw = await createEmbeddedBackend('sanity/seed/production.ndjson').fetch(
      routeIndexQuery,
      {},
    )
    const first = await readRouteIndex(async () => raw)
    const again = await readRouteIndex(async () => raw)
    // The same validated projects, looked up through a new index (its clock may differ).
    expect(again).not.toBe(first)
    expect(again.projects).toBe(first.projects)
    expect(again.projects.length).toBe(1)
    const copy = await readRouteIndex(async () => structuredClone(raw))
    expect(copy.projects).not.toBe(first.projects)
    expect(copy.projects).toEqual(first.projects)
  })
})
