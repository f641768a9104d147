import { concat, from, map, of, type Observable } from 'rxjs'
import type { MemoryLake } from './memory-lake'

type UploadEvent =
  | { type: 'progress'; stage: 'upload'; percent: number; lengthComputable: boolean }
  | { type: 'response'; body: { document: Record<string, unknown> } }

const hex = (buffer: ArrayBuffer) =>
  [...new Uint8Array(buffer)].map((byte) => byte.toString(16).padStart(2, '0')).join('')

/** Sanity's extension for a MIME type (`image/jpeg` → `jpg`). */
const extensionOf = (file: File) => {
  const subtype = (file.type.split('/')[1] ?? 'bin')
    .replace('jpeg', 'jpg')
    .replace('svg+xml', 'svg')
  return /^[a-z0-9]+$/.test(subtype) ? subtype : 'bin'
}

/**
 * What the Content Lake's asset endpoint does with an upload: the asset document, with the id
 * Sanity gives it (`image-<sha1>-<w>x<h>-<ext>`) and the CDN URL it would be served at. The bytes
 * go to the harness server, which answers the Studio's requests for that URL (tests/studio/
 * fixtures.ts routes cdn.sanity.io there), so previews work and nothing leaves 127.0.0.1.
 */
async function storeAsset(
  lake: MemoryLake,
  where: { projectId: string; dataset: string },
  kind: string,
  file: File,
) {
  const bytes = await file.arrayBuffer()
  const sha1 = hex(await crypto.subtle.digest('SHA-1', bytes))
  const extension = extensionOf(file)
  let id = `file-${sha1}-${extension}`
  let path = `files/${where.projectId}/${where.dataset}/${sha1}.${extension}`
  let metadata: Record<string, unknown> = {}
  if (kind === 'image') {
    const bitmap = await createImageBitmap(file)
    const { width, height } = bitmap
    id = `image-${sha1}-${width}x${height}-${extension}`
    path = `images/${where.projectId}/${where.dataset}/${sha1}-${width}x${height}.${extension}`
    metadata = {
      metadata: {
        _type: 'sanity.imageMetadata',
        dimensions: { _type: 'sanity.imageDimensions', width, height, aspectRatio: width / height },
        hasAlpha: true,
        isOpaque: false,
      },
    }
  }
  await fetch(`/__harness/cdn/${path}`, { method: 'PUT', body: bytes })
  const document = {
    _id: id,
    _type: kind === 'image' ? 'sanity.imageAsset' : 'sanity.fileAsset',
    assetId: sha1,
    sha1hash: sha1,
    extension,
    mimeType: file.type,
    originalFilename: file.name,
    size: bytes.byteLength,
    path,
    url: `https://cdn.sanity.io/${path}`,
    uploadId: sha1,
    ...metadata,
  }
  lake.mutate([{ createOrReplace: document }])
  return document
}

/** `client.observable.assets.upload(kind, file)`: a progress event, then the asset document. */
export function memoryAssets(lake: MemoryLake, where: { projectId: string; dataset: string }) {
  const upload = (kind: string, file: File): Observable<UploadEvent> =>
    concat(
      of<UploadEvent>({ type: 'progress', stage: 'upload', percent: 50, lengthComputable: true }),
      from(storeAsset(lake, where, kind, file)).pipe(
        map((document): UploadEvent => ({ type: 'response', body: { document } })),
      ),
    )
  return { upload }
}
