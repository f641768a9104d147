/**
 * The embedded side of `npm run content:pull`: turns the tarball `sanity dataset export` writes
 * (gzipped tar, `<name>-export-<date>/data.ndjson` plus assets) into the embedded NDJSON dataset.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import { z } from 'zod'
import { createEmbeddedBackend } from '../lib/content/backends/embedded'

/** What every exported line is; anything else in the file stops the pull before it writes. */
const documentSchema = z.looseObject({ _id: z.string(), _type: z.string() })
type Document = z.infer<typeof documentSchema>

const BLOCK = 512

function field(header: Buffer, start: number, length: number): string {
  const raw = header.subarray(start, start + length)
  const end = raw.indexOf(0)
  return raw.subarray(0, end === -1 ? length : end).toString('utf8')
}

/** The text of the export's data.ndjson (tar: 512-byte headers, ustar prefixes, pax paths). */
export function readExportData(tarball: Buffer): string {
  const tar = gunzipSync(tarball)
  let paxPath: string | undefined
  for (let offset = 0; offset + BLOCK <= tar.length;) {
    const header = tar.subarray(offset, offset + BLOCK)
    if (header.every((byte) => byte === 0)) break
    const size = parseInt(field(header, 124, 12).trim() || '0', 8)
    const type = field(header, 156, 1)
    const prefix = field(header, 345, 155)
    const name = paxPath ?? (prefix ? `${prefix}/${field(header, 0, 100)}` : field(header, 0, 100))
    const body = tar.subarray(offset + BLOCK, offset + BLOCK + size)
    paxPath = undefined
    if (type === 'x') {
      paxPath = body.toString('utf8').match(/^\d+ path=(.*)$/m)?.[1]
    } else if (name === 'data.ndjson' || name.endsWith('/data.ndjson')) {
      return body.toString('utf8')
    }
    offset += BLOCK + Math.ceil(size / BLOCK) * BLOCK
  }
  throw new Error('The export has no data.ndjson')
}

/** Drafts, release versions and system documents (`_.…`) are not public content. */
function isPublishedContent(document: Document): boolean {
  return !/^(drafts|versions)\./.test(document._id) && !document._id.startsWith('_.')
}

export type PullSummary = { kept: number; skipped: number; byType: Record<string, number> }

/**
 * The exported documents as the embedded dataset: published documents only, without `_rev`
 * (it changes on every edit, so it would only add noise to the file's history), in the order of
 * the current file where a document was already there, new ones after them by type and id.
 */
export function embeddedFromExport(
  exported: string,
  current = '',
): { ndjson: string; summary: PullSummary } {
  const parse = (text: string) =>
    text
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => documentSchema.parse(JSON.parse(line)))
  const all = parse(exported)
  const position = new Map(parse(current).map((document, index) => [document._id, index]))
  // Documents new to the file share the last rank, so type and id order them.
  const rank = (document: Document) => position.get(document._id) ?? position.size
  const kept = all
    .filter(isPublishedContent)
    .map(({ _rev: _dropped, ...document }): Document => document)
    .sort(
      (a, b) => rank(a) - rank(b) || a._type.localeCompare(b._type) || a._id.localeCompare(b._id),
    )
  const byType: Record<string, number> = {}
  for (const document of kept) byType[document._type] = (byType[document._type] ?? 0) + 1
  return {
    ndjson: kept.map((document) => JSON.stringify(document)).join('\n') + '\n',
    summary: { kept: kept.length, skipped: all.length - kept.length, byType },
  }
}

/**
 * Replaces the embedded dataset at `target` with the published documents of an export tarball.
 * The new file is written beside it, read back by the app's own embedded source, and only then
 * renamed over the target, so a running app never reads half a file or a broken one.
 */
export async function writeEmbeddedDataset(tarball: string, target: string): Promise<PullSummary> {
  const current = existsSync(target) ? readFileSync(target, 'utf8') : ''
  const { ndjson, summary } = embeddedFromExport(readExportData(readFileSync(tarball)), current)
  const next = `${target}.pull`
  writeFileSync(next, ndjson)
  await createEmbeddedBackend(next).fetch('count(*)', {})
  renameSync(next, target)
  return summary
}
