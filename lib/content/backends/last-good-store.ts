import { createHash } from 'node:crypto'
import { mkdir, readFile, readdir, rename, unlink, writeFile } from 'node:fs/promises'
import path from 'node:path'

/** Where the last good result of each query is kept, for when the CMS fails. */
export interface LastGoodStore {
  get(key: string): Promise<unknown>
  set(key: string, value: unknown): Promise<void>
}

/** Remembers the most recent `limit` results in memory (insertion order = age). */
export function memoryStore(limit: number): LastGoodStore & { forget(key: string): void } {
  const entries = new Map<string, unknown>()
  return {
    async get(key) {
      return entries.get(key)
    },
    forget(key) {
      entries.delete(key)
    },
    async set(key, value) {
      entries.delete(key)
      entries.set(key, value)
      while (entries.size > limit) entries.delete(entries.keys().next().value ?? '')
    },
  }
}

/**
 * Keeps results on disk as well, so that they outlive a restart and the build's own queries
 * serve as the first fallback: a page whose tags a webhook expired can still be rendered while the
 * CMS is down, even if this process never reached the CMS. At most `limit` files (the oldest go);
 * writes are atomic (temporary file, then rename) because build workers write side by side.
 * Only a result the disk refused is kept in memory: one kept copy of every result was, at 1,000
 * projects, hundreds of megabytes (older versions of the route index, every list) held for a
 * fallback that is read only while the CMS fails, when reading a file is fine.
 */
export function fileStore(relativeDirectory: string, limit: number): LastGoodStore {
  const directory = path.resolve(/* turbopackIgnore: true */ process.cwd(), relativeDirectory)
  const unwritten = memoryStore(limit)
  const names: string[] = []
  let listed: Promise<void> | null = null
  const fileOf = (key: string) =>
    path.join(directory, `${createHash('sha256').update(key).digest('hex')}.json`)

  function list() {
    listed ??= readdir(directory)
      .then((files) => {
        names.push(...files.filter((file) => file.endsWith('.json')))
      })
      .catch(() => undefined)
    return listed
  }

  return {
    async get(key) {
      const remembered = await unwritten.get(key)
      if (remembered !== undefined) return remembered
      try {
        return JSON.parse(await readFile(fileOf(key), 'utf8'))
      } catch {
        return undefined
      }
    },
    async set(key, value) {
      await list()
      const file = fileOf(key)
      const name = path.basename(file)
      try {
        await mkdir(directory, { recursive: true })
        const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`
        await writeFile(temporary, JSON.stringify(value))
        await rename(temporary, file)
        unwritten.forget(key)
      } catch {
        // A full or read-only disk costs neither the page nor the fallback: kept in memory.
        await unwritten.set(key, value)
        return
      }
      const index = names.indexOf(name)
      if (index >= 0) names.splice(index, 1)
      names.push(name)
      while (names.length > limit) {
        const oldest = names.shift()
        if (oldest) await unlink(path.join(directory, oldest)).catch(() => undefined)
      }
    },
  }
}
