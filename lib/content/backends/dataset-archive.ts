/**
 * Where the embedded dataset's documents and asset files are. CONTENT_DATASET_PATH may name:
 * - an NDJSON file (the seed): documents only, `images/` and `files/` beside it if any;
 * - what `sanity dataset export` writes, a gzipped tar holding `<dir>/data.ndjson`, `images/`,
 *   `files/` and `assets.json`: unpacked once per archive version (below);
 * - that archive unpacked: a directory holding one `.ndjson` file (at its top or one level down,
 *   as @sanity/import looks for it) with `images/` and `files/` beside it.
 */
import { createHash } from 'node:crypto'
import { readdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import { mkdirSync, type Stats } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { extract, Parser, type ReadEntry } from 'tar'

export type DatasetFiles = {
  /** Changes whenever the documents or the asset files may have changed. */
  version: string
  /** The NDJSON file of documents. */
  ndjson: string
  /** The folder `_sanityAsset: "image@file://./images/…"` paths are relative to. */
  baseDir: string
}

/** A gzipped (or plain) tar archive, by its name: what `sanity dataset export` writes. */
export const isArchivePath = (file: string) => /\.(tar\.gz|tgz|tar)$/i.test(file)

const stamp = (info: Stats) => `${info.mtimeMs}:${info.size}`

/** Regular files and folders only: an archive's links could point anywhere on the machine. */
function isPlainEntry(entry: Stats | ReadEntry): boolean {
  if (!('type' in entry)) return entry.isFile() || entry.isDirectory()
  return ['File', 'OldFile', 'ContiguousFile', 'Directory'].includes(entry.type)
}

/**
 * The content of the first member of an archive (a Buffer: gzip or not) whose path `wanted`
 * accepts; node-tar's parser reads a buffer synchronously. Null when there is none.
 */
export function readArchiveMember(
  tarball: Buffer,
  wanted: (name: string) => boolean,
): Buffer | null {
  // An object, not a `let`: TypeScript cannot see the callbacks below assign it.
  const result: { found: Buffer | null } = { found: null }
  const parser = new Parser({
    onReadEntry(entry) {
      if (result.found || entry.type !== 'File' || !wanted(entry.path)) return entry.resume()
      const chunks: Buffer[] = []
      entry.on('data', (chunk: Buffer) => chunks.push(chunk))
      entry.on('end', () => (result.found = Buffer.concat(chunks)))
    },
  })
  parser.end(tarball)
  return result.found
}

/** The dataset's NDJSON file in a folder: `data.ndjson` first, else the only `.ndjson` there. */
async function findNdjson(dir: string, depth = 1): Promise<string | null> {
  const entries = await readdir(dir, { withFileTypes: true })
  const data = entries.filter((entry) => entry.isFile() && entry.name.endsWith('.ndjson'))
  const chosen = data.find((entry) => entry.name === 'data.ndjson') ?? data[0]
  if (chosen) return path.join(dir, chosen.name)
  if (depth === 0) return null
  for (const entry of entries.filter((each) => each.isDirectory())) {
    const found = await findNdjson(path.join(dir, entry.name), depth - 1)
    if (found) return found
  }
  return null
}

const hash = (text: string) => createHash('sha1').update(text).digest('hex').slice(0, 16)
const DONE = '.unpacked'
/** Half-unpacked folders older than this were left by a process that stopped. */
const STALE_MS = 10 * 60 * 1000

/**
 * Unpacks an archive once per version into one folder per archive under the system's temporary
 * folder; unpacking a new version removes the older ones, so they are replaced, not accumulated.
 * Each process unpacks beside the target and renames, so instances starting together never read
 * a half-written folder.
 */
async function unpacked(archive: string, version: string): Promise<string> {
  const base = path.join(tmpdir(), 'portal-datasets', hash(archive))
  const target = path.join(base, hash(version))
  if (await stat(path.join(target, DONE)).catch(() => null)) return target
  const partial = `${target}.partial-${process.pid}-${Date.now()}`
  mkdirSync(partial, { recursive: true })
  await extract({
    file: archive,
    cwd: partial,
    strict: true,
    filter: (_name, entry) => isPlainEntry(entry),
  })
  await writeFile(path.join(partial, DONE), version)
  await rename(partial, target).catch(() => rm(partial, { recursive: true, force: true }))
  for (const name of await readdir(base)) {
    const other = path.join(base, name)
    const info = await stat(other).catch(() => null)
    const stale = !name.includes('.partial-') || Date.now() - (info?.mtimeMs ?? 0) > STALE_MS
    if (other !== target && stale) await rm(other, { recursive: true, force: true })
  }
  return target
}

/** A folder's dataset: its NDJSON file, versioned with the asset folders beside it. */
async function withAssetFolders(ndjson: string): Promise<DatasetFiles> {
  const baseDir = path.dirname(ndjson)
  // The dataset is found at run time (CONTENT_DATASET_PATH): nothing here is for the build to trace.
  const parts = [
    ndjson,
    path.join(/* turbopackIgnore: true */ baseDir, 'images'),
    path.join(/* turbopackIgnore: true */ baseDir, 'files'),
  ]
  const stamps = await Promise.all(
    parts.map((part) => stat(/* turbopackIgnore: true */ part).then(stamp, () => '-')),
  )
  return { version: stamps.join('|'), ndjson, baseDir }
}

/** The dataset's files, unpacking an archive first when it is new. Throws when none is readable. */
export async function locateDataset(absolutePath: string): Promise<DatasetFiles> {
  const info = await stat(absolutePath)
  if (info.isDirectory()) {
    const ndjson = await findNdjson(absolutePath)
    if (!ndjson) throw new Error(`no .ndjson file in ${absolutePath}`)
    return withAssetFolders(ndjson)
  }
  if (isArchivePath(absolutePath)) {
    const dir = await unpacked(absolutePath, stamp(info))
    const ndjson = await findNdjson(dir)
    if (!ndjson) throw new Error(`the archive ${absolutePath} holds no data.ndjson`)
    // The unpacked copy never changes: the archive's own stamp is the version.
    return { version: stamp(info), ndjson, baseDir: path.dirname(ndjson) }
  }
  return withAssetFolders(absolutePath)
}
