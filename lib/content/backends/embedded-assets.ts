/**
 * The asset files of an exported dataset, as the Content Lake would hold them after
 * `sanity dataset import`: every file in `images/` and `files/` becomes an asset document
 * (`sanity.imageAsset`, `sanity.fileAsset`) whose id is built from its content the way Sanity's
 * asset service builds it, and every `_sanityAsset: "image@file://./images/…"` placeholder becomes
 * a reference to it, as @sanity/import sets it after uploading. Asset URLs are root-relative
 * (`/media/<_id>.<ext>`): app/media/[file]/route.ts serves them.
 */
import { createHash } from 'node:crypto'
import { readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { isAssetId } from '@sanity/asset-utils'
import sharp from 'sharp'
import { warnOnce } from '../schemas/validate'

type Document = { _id: string; _type: string } & Record<string, unknown>

/** Bigger files are not served (issue 21: size limits on every image). */
export const MAX_ASSET_BYTES = 25 * 1024 * 1024
/** Images with more pixels are not decoded (a small file can decompress to gigabytes). */
export const MAX_IMAGE_PIXELS = 40_000_000

/** An asset file the portal serves: `file` comes from the dataset, never from a URL. */
export type EmbeddedAsset = {
  id: string
  kind: 'image' | 'file'
  file: string
  mimeType: string
  extension: string
  size: number
}

export type AssetIndex = {
  documents: Document[]
  /** By asset id. */
  files: Map<string, EmbeddedAsset>
  /** Asset id by path relative to the dataset folder (`images/<name>`). */
  byPath: Map<string, string>
}

/** The image formats Sanity accepts and sharp reads, with Sanity's extension and type for each. */
const IMAGE_FORMATS: Record<string, { extension: string; mimeType: string }> = {
  jpeg: { extension: 'jpg', mimeType: 'image/jpeg' },
  png: { extension: 'png', mimeType: 'image/png' },
  webp: { extension: 'webp', mimeType: 'image/webp' },
  gif: { extension: 'gif', mimeType: 'image/gif' },
  avif: { extension: 'avif', mimeType: 'image/avif' },
  tiff: { extension: 'tiff', mimeType: 'image/tiff' },
  svg: { extension: 'svg', mimeType: 'image/svg+xml' },
}

/** What a downloadable file is, by extension; anything else is served as bytes to save. */
const FILE_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  csv: 'text/csv',
  txt: 'text/plain',
  json: 'application/json',
  zip: 'application/zip',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  mp4: 'video/mp4',
  mp3: 'audio/mpeg',
}

// What @sanity/import leaves out when it restores an asset's metadata from assets.json.
const NOT_RESTORED = new Set([
  '_createdAt',
  '_id',
  '_rev',
  '_type',
  '_updatedAt',
  'sha1hash',
  'size',
  'uploadId',
  'assetId',
  'extension',
  'mimeType',
  'path',
  'url',
])

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

type Described = { asset: EmbeddedAsset; document: Document }

/** An image's document: dimensions (as displayed, after EXIF rotation) and a 20 px wide lqip. */
async function describeImage(file: string, bytes: Buffer, sha1: string): Promise<Described | null> {
  const image = sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS })
  const info = await image.metadata()
  const format = IMAGE_FORMATS[info.format]
  const { width, height } = info.autoOrient
  if (!format) throw new Error(`${info.format} is not an image format the portal serves`)
  if (width * height > MAX_IMAGE_PIXELS) throw new Error(`${width}×${height} is over 40 megapixels`)
  const lqip = await sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS })
    .autoOrient()
    .resize(20)
    .jpeg({ quality: 40 })
    .toBuffer()
  const id = `image-${sha1}-${width}x${height}-${format.extension}`
  const asset: EmbeddedAsset = { id, kind: 'image', file, size: bytes.length, ...format }
  const metadata = {
    _type: 'sanity.imageMetadata',
    dimensions: { _type: 'sanity.imageDimensions', width, height, aspectRatio: width / height },
    lqip: `data:image/jpeg;base64,${lqip.toString('base64')}`,
    hasAlpha: info.hasAlpha,
    isOpaque: !info.hasAlpha,
  }
  return { asset, document: assetDocument(asset, sha1, path.basename(file), { metadata }) }
}

function describeFile(file: string, bytes: Buffer, sha1: string): Described {
  const extension = path.extname(file).slice(1).toLowerCase()
  const safeExtension = /^[a-z0-9]{1,10}$/.test(extension) ? extension : 'bin'
  const mimeType = FILE_TYPES[safeExtension] ?? 'application/octet-stream'
  const id = `file-${sha1}-${safeExtension}`
  const asset: EmbeddedAsset = {
    id,
    kind: 'file',
    file,
    size: bytes.length,
    mimeType,
    extension: safeExtension,
  }
  return { asset, document: assetDocument(asset, sha1, path.basename(file), {}) }
}

function assetDocument(
  asset: EmbeddedAsset,
  sha1: string,
  originalFilename: string,
  extra: Record<string, unknown>,
): Document {
  return {
    _id: asset.id,
    _type: asset.kind === 'image' ? 'sanity.imageAsset' : 'sanity.fileAsset',
    assetId: sha1,
    sha1hash: sha1,
    extension: asset.extension,
    mimeType: asset.mimeType,
    size: asset.size,
    originalFilename,
    url: mediaUrl(asset),
    path: mediaUrl(asset).slice(1),
    ...extra,
  }
}

/** The root-relative URL the portal serves an embedded asset at. */
export const mediaUrl = (asset: Pick<EmbeddedAsset, 'id' | 'extension'>) =>
  `/media/${asset.id}.${asset.extension}`

/**
 * Described assets, by file and its stamp: a dataset that changes keeps its unchanged images'
 * work. Holds the entries of the last scan only, so it never outgrows the dataset.
 */
let described = new Map<string, Promise<Described | null>>()

async function describe(file: string, kind: 'image' | 'file'): Promise<Described | null> {
  const info = await stat(file)
  if (info.size > MAX_ASSET_BYTES) throw new Error(`${info.size} bytes is over 25 MB`)
  const bytes = await readFile(file)
  const sha1 = createHash('sha1').update(bytes).digest('hex')
  return kind === 'image' ? describeImage(file, bytes, sha1) : describeFile(file, bytes, sha1)
}

function describeOnce(
  file: string,
  stampOf: string,
  kind: 'image' | 'file',
  next: typeof described,
) {
  const key = `${file}:${stampOf}`
  const known =
    described.get(key) ??
    describe(file, kind).catch((error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error)
      warnOnce(`[content] asset ${file} left out: ${reason}`)
      return null
    })
  next.set(key, known)
  return known
}

/** assets.json, which `sanity dataset export` writes: what editors added to each asset. */
async function exportedMetadata(baseDir: string): Promise<Record<string, unknown>> {
  const text = await readFile(path.join(baseDir, 'assets.json'), 'utf8').catch(() => '{}')
  try {
    const parsed: unknown = JSON.parse(text)
    return isRecord(parsed) ? parsed : {}
  } catch {
    warnOnce(`[content] ${baseDir}/assets.json is not valid JSON; ignored`)
    return {}
  }
}

/** The asset document with what assets.json restores (title, credit line…), as @sanity/import does. */
function withExportedMetadata(document: Document, exported: Record<string, unknown>): Document {
  const meta = exported[`${document._id.split('-')[0]}-${String(document.sha1hash)}`]
  if (!isRecord(meta)) return document
  const restored = Object.fromEntries(
    Object.entries(meta).filter(([key]) => !NOT_RESTORED.has(key)),
  )
  const metadata = isRecord(restored.metadata) ? restored.metadata : {}
  return {
    ...document,
    ...restored,
    metadata: { ...metadata, ...(isRecord(document.metadata) ? document.metadata : {}) },
  }
}

/** Every asset in `images/` and `files/` under a dataset folder; a broken file is logged and left out. */
export async function indexAssets(baseDir: string): Promise<AssetIndex> {
  const next: typeof described = new Map()
  const exported = await exportedMetadata(baseDir)
  const index: AssetIndex = { documents: [], files: new Map(), byPath: new Map() }
  for (const [folder, kind] of [
    ['images', 'image'],
    ['files', 'file'],
  ] as const) {
    // The dataset's folder is known only at run time: nothing here is for the build to trace.
    const entries = await readdir(path.join(/* turbopackIgnore: true */ baseDir, folder), {
      withFileTypes: true,
    }).catch(() => [])
    for (const entry of entries.filter((each) => each.isFile())) {
      const file = path.join(/* turbopackIgnore: true */ baseDir, folder, entry.name)
      const info = await stat(/* turbopackIgnore: true */ file)
      const result = await describeOnce(file, `${info.mtimeMs}:${info.size}`, kind, next)
      if (!result || !isAssetId(result.asset.id)) continue
      index.byPath.set(`${folder}/${entry.name}`, result.asset.id)
      if (index.files.has(result.asset.id)) continue
      index.files.set(result.asset.id, result.asset)
      index.documents.push(withExportedMetadata(result.document, exported))
    }
  }
  described = next
  return index
}

const PLACEHOLDER = /^(image|file)@file:\/\/\.\/((?:images|files)\/[^/\\]+)$/

/** A path as written in a file URL; a malformed escape (`%E0`) names no file. */
function safelyDecoded(text: string): string | null {
  try {
    return decodeURIComponent(text)
  } catch {
    return null
  }
}

/** The asset id a placeholder names, or null (logged) when its file is not in the dataset. */
function placeholderTarget(value: string, documentId: string, byPath: Map<string, string>) {
  const match = value.match(PLACEHOLDER)
  const relative = match ? safelyDecoded(match[2]!) : null
  const id = relative ? byPath.get(relative) : undefined
  if (!id) warnOnce(`[content] ${documentId}: asset ${value} is not in the dataset; image left out`)
  return id ?? null
}

function resolveValue(value: unknown, documentId: string, byPath: Map<string, string>): unknown {
  if (Array.isArray(value)) {
    return value
      .map((item) => resolveValue(item, documentId, byPath))
      .filter((item) => item !== undefined)
  }
  if (!isRecord(value)) return value
  const { _sanityAsset: placeholder, ...rest } = value
  const resolved = Object.fromEntries(
    Object.entries(rest)
      .map(([key, item]) => [key, resolveValue(item, documentId, byPath)] as const)
      .filter(([, item]) => item !== undefined),
  )
  if (typeof placeholder !== 'string') return resolved
  const id = placeholderTarget(placeholder, documentId, byPath)
  if (id) return { ...resolved, asset: { _type: 'reference', _ref: id } }
  // Like a failed upload in @sanity/import: the field keeps its other values (alt, caption…) but
  // no asset; a field that held nothing else goes.
  return Object.keys(resolved).length ? resolved : undefined
}

/** The document with each `_sanityAsset` placeholder replaced by a reference to its asset. */
export function resolveAssetPlaceholders<T extends Document>(
  document: T,
  byPath: Map<string, string>,
): T {
  if (!JSON.stringify(document).includes('"_sanityAsset"')) return document
  const resolved = resolveValue(document, document._id, byPath)
  return { ...document, ...(isRecord(resolved) ? resolved : {}) }
}
