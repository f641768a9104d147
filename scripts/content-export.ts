/**
 * The embedded side of `npm run content:pull`: turns the tarball `sanity dataset export` writes
 * (gzipped tar, `<name>-export-<date>/data.ndjson` plus `images/`, `files/` and `assets.json`)
 * into the embedded dataset: the archive itself, or the published documents as NDJSON.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { z } from 'zod'
import { isArchivePath, readArchiveMember } from '../lib/content/backends/dataset-archive'
import { createEmbeddedBackend } from '../lib/content/backends/embedded'

/** What every exported line is; anything else in the file stops the pull before it writes. */
const documentSchema = z.looseObject({ _id: z.string(), _type: z.string() })
type Document = z.infer<typeof documentSchema>

/** The text of the export's data.ndjson (at the archive's top or in its one folder). */
export function readExportData(tarball: Buffer): string {
  const data = readArchiveMember(tarball, (name) => /^(?:[^/]+\/)?data\.ndjson$/.test(name))
  if (!data) throw new Error('The export has no data.ndjson')
  return data.toString('utf8')
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
 * Replaces the embedded dataset at `target` with an export tarball: an archive target (`.tar.gz`)
 * gets the archive itself, documents and asset files as exported; an NDJSON target gets the
 * published documents (./embeddedFromExport). The new file is written beside the target, read
 * back by the app's own embedded source, and only then renamed over it, so a running app never
 * reads half a file or a broken one.
 */
export async function writeEmbeddedDataset(tarball: string, target: string): Promise<PullSummary> {
  const current = existsSync(target) && !isArchivePath(target) ? readFileSync(target, 'utf8') : ''
  const exported = readFileSync(tarball)
  const { ndjson, summary } = embeddedFromExport(readExportData(exported), current)
  const next = isArchivePath(target) ? `${target}.pull.tar.gz` : `${target}.pull`
  writeFileSync(next, isArchivePath(target) ? exported : ndjson)
  await createEmbeddedBackend(next).fetch('count(*)', {})
  renameSync(next, target)
  return summary
}
