/**
 * Next compiles route handlers (the sitemap, the CSV, feeds, media) and pages into separate module
 * graphs, so lib/content's modules can be instantiated twice in one process. The parsed dataset
 * must still be held once (lib/content/backends/embedded.ts): at 1,000 projects a second copy
 * cost the sitemap's first visit 8.9 s and the process ~250 MB.
 */
import type * as EmbeddedModule from '@/lib/content/backends/embedded'

type Embedded = typeof EmbeddedModule

async function freshInstance(): Promise<Embedded> {
  let loaded: Embedded | null = null
  await jest.isolateModulesAsync(async () => {
    loaded = await import('@/lib/content/backends/embedded')
  })
  if (!loaded) throw new Error('not loaded')
  return loaded
}

describe('the embedded dataset', () => {
  it('is parsed once per process, whichever module instance reads it', async () => {
    const first = await freshInstance()
    const second = await freshInstance()
    expect(second).not.toBe(first)
    const query = '*[_type == "project"][0]'
    const fromFirst = await first
      .createEmbeddedBackend('sanity/seed/production.ndjson')
      .fetch(query, {})
    const fromSecond = await second
      .createEmbeddedBackend('sanity/seed/production.ndjson')
      .fetch(query, {})
    expect(fromFirst).toEqual(expect.objectContaining({ _type: 'project' }))
    // The very same document object: one parse.
    expect(fromSecond).toBe(fromFirst)
  })
})
