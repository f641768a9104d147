/**
 * Builds what `sanity dataset export` writes, for tests: a gzipped tar holding
 * `<name>-export-<date>/data.ndjson`, `assets.json` and the `images/` and `files/` folders, with
 * documents pointing at their images the way the exporter rewrites them
 * (`_sanityAsset: "image@file://./images/<sha1>-<w>x<h>.<ext>"`; see `exportedImage`).
 */
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { create } from 'tar'

export type ArchiveImage = { name: string; buffer: Buffer }
export type ArchiveContent = {
  documents: Record<string, unknown>[]
  images?: ArchiveImage[]
  files?: ArchiveImage[]
  /** assets.json: what editors added to assets, by `image-<sha1>`/`file-<sha1>`. */
  assets?: Record<string, unknown>
}

/** The file name the exporter gives an image: `<sha1>-<width>x<height>.<ext>`, from its content. */
export async function exportedImageName(buffer: Buffer): Promise<string> {
  const { width, height, format } = await sharp(buffer).metadata()
  const sha1 = createHash('sha1').update(buffer).digest('hex')
  return `${sha1}-${width}x${height}.${format === 'jpeg' ? 'jpg' : format}`
}

/** An image field as the exporter writes it: `_sanityAsset` in place of `asset`. */
export const exportedImage = (name: string, fields: Record<string, unknown> = {}) => ({
  _type: 'image',
  _sanityAsset: `image@file://./images/${name}`,
  ...fields,
})

/** Writes the archive at `targetPath` (a `.tar.gz`) and returns that path. */
export async function writeExportArchive(content: ArchiveContent, targetPath: string) {
  const work = mkdtempSync(path.join(tmpdir(), 'export-archive-'))
  const folder = 'production-export-2026-01-01t00-00-00-000z'
  try {
    const root = path.join(work, folder)
    mkdirSync(path.join(root, 'images'), { recursive: true })
    mkdirSync(path.join(root, 'files'), { recursive: true })
    const ndjson = content.documents.map((document) => JSON.stringify(document)).join('\n')
    writeFileSync(path.join(root, 'data.ndjson'), `${ndjson}\n`)
    writeFileSync(path.join(root, 'assets.json'), JSON.stringify(content.assets ?? {}))
    for (const image of content.images ?? [])
      writeFileSync(path.join(root, 'images', image.name), image.buffer)
    for (const file of content.files ?? [])
      writeFileSync(path.join(root, 'files', file.name), file.buffer)
    mkdirSync(path.dirname(targetPath), { recursive: true })
    await create({ gzip: true, file: targetPath, cwd: work, portable: true }, [folder])
    return targetPath
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}
