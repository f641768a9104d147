/**
 * The write side of the Content Lake stand-in (./content-lake-server.ts), enough for
 * @sanity/import (what `sanity dataset import` runs) to push an export archive:
 * - `POST /v<version>/assets/(images|files)/<dataset>`: stores the upload as an asset document with
 *   the id Sanity's asset service gives it (`image-<sha1>-<w>x<h>-<ext>`, `file-<sha1>-<ext>`) and
 *   answers `{ document }` like Sanity;
 * - `POST /v<version>/data/mutate/<dataset>`: applies the mutations (create…, patch, delete) with
 *   Sanity's own mutator, through the Studio harness's in-memory lake;
 * - `GET /images/…`, `/files/…`: the uploaded bytes, at the URL the asset document names.
 */
import { createHash } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import sharp from 'sharp'
import { createMemoryLake, type LakeDocument } from '../studio/harness/memory-lake'

export type LakeState = { dataset: LakeDocument[]; files: Map<string, Buffer>; url: string }

function readBytes(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

const json = (res: ServerResponse, status: number, body: unknown) =>
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body))

async function upload(kind: string, dataset: string, bytes: Buffer, url: URL, state: LakeState) {
  const sha1 = createHash('sha1').update(bytes).digest('hex')
  const filename = url.searchParams.get('filename') ?? ''
  let id: string
  let path: string
  let extra: Record<string, unknown> = {}
  let extension: string
  if (kind === 'images') {
    const { width = 0, height = 0, format = 'bin' } = await sharp(bytes).metadata()
    extension = format === 'jpeg' ? 'jpg' : format
    id = `image-${sha1}-${width}x${height}-${extension}`
    path = `images/stand-in/${dataset}/${sha1}-${width}x${height}.${extension}`
    extra = { metadata: { dimensions: { width, height, aspectRatio: width / height } } }
  } else {
    extension = filename.split('.').pop()?.toLowerCase() || 'bin'
    id = `file-${sha1}-${extension}`
    path = `files/stand-in/${dataset}/${sha1}.${extension}`
  }
  const document: LakeDocument = {
    _id: id,
    _type: kind === 'images' ? 'sanity.imageAsset' : 'sanity.fileAsset',
    assetId: sha1,
    sha1hash: sha1,
    extension,
    mimeType:
      kind === 'images'
        ? `image/${extension === 'jpg' ? 'jpeg' : extension}`
        : 'application/octet-stream',
    originalFilename: filename,
    size: bytes.length,
    path,
    url: `${state.url}/${path}`,
    ...extra,
  }
  state.files.set(`/${path}`, bytes)
  state.dataset = [...state.dataset.filter((doc) => doc._id !== id), document]
  return document
}

/** Answers a write (or an uploaded file) and returns true; false leaves the request to the reader. */
export async function answerWrite(req: IncomingMessage, res: ServerResponse, state: LakeState) {
  const url = new URL(req.url ?? '/', 'http://localhost')
  const stored = state.files.get(url.pathname)
  if (stored && (req.method === 'GET' || req.method === 'HEAD')) {
    res
      .writeHead(200, { 'content-length': stored.length })
      .end(req.method === 'GET' ? stored : undefined)
    return true
  }
  const assetUpload = url.pathname.match(/^\/v[\d-]+\/assets\/(images|files)\/([^/]+)$/)
  if (assetUpload && req.method === 'POST') {
    const document = await upload(
      assetUpload[1]!,
      assetUpload[2]!,
      await readBytes(req),
      url,
      state,
    )
    json(res, 200, { document })
    return true
  }
  if (/^\/v[\d-]+\/data\/mutate\/[^/]+$/.test(url.pathname) && req.method === 'POST') {
    const { mutations } = JSON.parse((await readBytes(req)).toString('utf8'))
    const lake = createMemoryLake(state.dataset)
    const result = lake.mutate(mutations)
    state.dataset = await lake.query('*')
    json(res, 200, result)
    return true
  }
  return false
}
