import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileStore, memoryStore } from '@/lib/content/backends/last-good-store'
import { ContentUnavailableError, resilient } from '@/lib/content/backends/safeguards'
import type { ContentBackend } from '@/lib/content/backends/types'

const directory = () => mkdtempSync(path.join(tmpdir(), 'last-good-'))
const quiet = { error: jest.fn(), info: jest.fn() }

function failingAfter(answers: unknown[]): ContentBackend {
  return {
    kind: 'sanity',
    async fetch() {
      if (answers.length === 0) throw new Error('Service unavailable')
      return answers.shift()
    },
  }
}

describe('the last good content', () => {
  it('forgets the oldest results beyond its limit', async () => {
    const store = memoryStore(2)
    await store.set('a', 1)
    await store.set('b', 2)
    await store.set('a', 3) // used again: now the newest
    await store.set('c', 4)
    expect([await store.get('a'), await store.get('b'), await store.get('c')]).toEqual([
      3,
      undefined,
      4,
    ])
  })

  it('outlives a restart on disk, and keeps at most its limit of files', async () => {
    const dir = directory()
    const first = fileStore(dir, 3)
    for (const key of ['a', 'b', 'c', 'd']) await first.set(key, { key })
    expect(readdirSync(dir)).toHaveLength(3)
    const afterRestart = fileStore(dir, 3)
    expect(await afterRestart.get('d')).toEqual({ key: 'd' })
    expect(await afterRestart.get('a')).toBeUndefined()
  })

  it('keeps in memory only what the disk refused', async () => {
    const dir = directory()
    const store = fileStore(dir, 3)
    await store.set('a', { key: 'a' })
    // Written: read back from its file, no copy held (gone with the file).
    expect(await store.get('a')).toEqual({ key: 'a' })
    for (const file of readdirSync(dir)) rmSync(path.join(dir, file))
    expect(await store.get('a')).toBeUndefined()
    // A directory that cannot be made (a file is in its way): the result stays in memory.
    const blocked = path.join(dir, 'blocked')
    writeFileSync(blocked, '')
    const refused = fileStore(path.join(blocked, 'cache'), 3)
    await refused.set('b', { key: 'b' })
    expect(await refused.get('b')).toEqual({ key: 'b' })
  })

  it('lets a new process serve a page while the CMS is down, from what the build stored', async () => {
    const dir = directory()
    const build = resilient(failingAfter([{ title: 'National census' }]), quiet, fileStore(dir, 10))
    await build.fetch('*[_id == $id][0]', { id: 'activity.x' })
    const server = resilient(failingAfter([]), quiet, fileStore(dir, 10))
    expect(await server.fetch('*[_id == $id][0]', { id: 'activity.x' })).toEqual({
      title: 'National census',
    })
    const failure: unknown = await server
      .fetch('*[_id == $id][0]', { id: 'activity.y' })
      .catch((error: unknown) => error)
    if (!(failure instanceof ContentUnavailableError)) throw new Error(`unexpected ${failure}`)
    expect(failure.message).toMatch(/sanity backend failed \(Service unavailable\)/)
    // One line in the server log, not a query and a stack per failed regeneration.
    expect(failure.stack?.split('\n')).toHaveLength(1)
  })
})
