/**
 * The answers of /media/<asset id>.<ext>: the embedded dataset's asset files, served from the
 * portal's own origin (with the Content Lake, images come from Sanity's CDN and this answers 404).
 * - The name is checked against Sanity's asset id pattern and the id's own extension; the file
 *   comes from the dataset's asset index, never from a path in the URL.
 * - Raster images are re-encoded by sharp, which writes no EXIF, GPS, XMP or IPTC metadata
 *   (photos from phones carry where they were taken); the results are kept in memory, bounded.
 * - SVG is sent as it is but can run nothing: its own restrictive policy, in a sandbox, and
 *   never inlined into a page. Other files are downloads.
 * Asset ids are content hashes, so every answer may be cached for good.
 */
import { readFile } from 'node:fs/promises'
import { isAssetId, parseAssetId } from '@sanity/asset-utils'
import sharp, { type Sharp } from 'sharp'
import { MAX_IMAGE_PIXELS, type EmbeddedAsset } from '../content/backends/embedded-assets'
import { warnOnce } from '../content/schemas/validate'
import { notFoundResponse } from '../not-found-response'

export const IMMUTABLE = 'public, max-age=31536000, immutable'
export const SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox"
/** Re-encoded images kept in memory, at most (least recently used go first). */
export const MEDIA_CACHE_BYTES = 64 * 1024 * 1024

/** The asset id and extension a media name stands for, or null when it is not one. */
export function parseMediaName(name: string): { id: string; extension: string } | null {
  const match = /^([A-Za-z0-9_-]{1,120})\.([a-z0-9]{1,10})$/.exec(name)
  if (!match || !isAssetId(match[1]!)) return null
  const [, id, extension] = match
  return parseAssetId(id!).extension === extension ? { id: id!, extension: extension! } : null
}

/** Least recently used first: a Map keeps insertion order, and a hit is moved to the end. */
const encoded = new Map<string, Buffer>()
let encodedBytes = 0

function remember(id: string, bytes: Buffer) {
  if (bytes.length > MEDIA_CACHE_BYTES / 4) return
  encoded.set(id, bytes)
  encodedBytes += bytes.length
  for (const [oldest, value] of encoded) {
    if (encodedBytes <= MEDIA_CACHE_BYTES) break
    encoded.delete(oldest)
    encodedBytes -= value.length
  }
}

/** Sanity's image extensions and how sharp writes each (quality close to the original's). */
const ENCODERS: Record<string, (image: Sharp) => Sharp> = {
  jpg: (image) => image.jpeg({ quality: 90 }),
  png: (image) => image.png(),
  webp: (image) => image.webp({ quality: 90 }),
  gif: (image) => image.gif(),
  avif: (image) => image.avif({ quality: 70 }),
  tiff: (image) => image.tiff(),
}

/** The image re-encoded in its own format, upright, without any metadata (sharp's default). */
async function reencoded(asset: EmbeddedAsset): Promise<Buffer> {
  const cached = encoded.get(asset.id)
  if (cached) {
    encoded.delete(asset.id)
    encoded.set(asset.id, cached)
    return cached
  }
  const animated = asset.mimeType === 'image/gif' || asset.mimeType === 'image/webp'
  const image = sharp(await readFile(asset.file), { limitInputPixels: MAX_IMAGE_PIXELS, animated })
  const encode = ENCODERS[asset.extension]
  if (!encode) throw new Error(`no encoder for ${asset.extension}`)
  const bytes = await encode(animated ? image : image.autoOrient()).toBuffer()
  remember(asset.id, bytes)
  return bytes
}

const common = (asset: EmbeddedAsset, length: number) => ({
  'Content-Type': asset.mimeType,
  'Content-Length': String(length),
  'Cache-Control': IMMUTABLE,
  'X-Content-Type-Options': 'nosniff',
})

/** The answer for a media name, given how to find an asset of the dataset by id. */
export async function mediaResponse(
  name: string,
  lookup: (id: string) => Promise<EmbeddedAsset | null>,
): Promise<Response> {
  const wanted = parseMediaName(name)
  const asset = wanted ? await lookup(wanted.id) : null
  if (!asset || asset.extension !== wanted?.extension) return notFoundResponse()
  try {
    if (asset.kind === 'image' && asset.mimeType !== 'image/svg+xml') {
      const bytes = await reencoded(asset)
      return new Response(new Uint8Array(bytes), { headers: common(asset, bytes.length) })
    }
    const bytes = await readFile(asset.file)
    const disposition = asset.kind === 'image' ? 'inline' : 'attachment'
    return new Response(new Uint8Array(bytes), {
      headers: {
        ...common(asset, bytes.length),
        'Content-Security-Policy': SVG_POLICY,
        'Content-Disposition': `${disposition}; filename="${asset.id}.${asset.extension}"`,
      },
    })
  } catch (error) {
    warnOnce(
      `[media] ${asset.id} could not be served: ${error instanceof Error ? error.message : error}`,
    )
    return notFoundResponse()
  }
}
