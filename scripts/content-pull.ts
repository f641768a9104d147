/**
 * `npm run content:pull [dataset]`: exports a Content Lake dataset with the Sanity CLI (signed in
 * with `npx sanity login`; the CLI runs @sanity/export 6, the library this script's tests record
 * with) into the embedded dataset the app reads (CONTENT_DATASET_PATH, else the seed):
 * - a `.tar.gz` target gets the export WITH its assets (`sanity dataset export --no-drafts`:
 *   images and files downloaded into the archive, references rewritten to `_sanityAsset`), kept
 *   as the archive itself, which the app unpacks once per version;
 * - an NDJSON target (the seed) gets the published documents only (`--raw --no-drafts`: asset
 *   references kept, no files), since the seed ships no photos.
 * `npm run seed:import -- --replace` pushes either back.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { isArchivePath } from '../lib/content/backends/dataset-archive'
import cliConfig from '../sanity.cli'
import { embeddedDatasetPath } from './content-env'
import { writeEmbeddedDataset } from './content-export'

async function main() {
  // The project id and the default dataset come from sanity.cli.ts, like every `sanity` command.
  const dataset = process.argv[2] ?? cliConfig.api?.dataset ?? 'production'
  const target = path.resolve(embeddedDatasetPath())
  if (existsSync(target) && statSync(target).isDirectory()) {
    throw new Error(
      `${target} is a folder: content:pull writes a .tar.gz archive or an .ndjson file`,
    )
  }
  const work = mkdtempSync(path.join(tmpdir(), 'content-pull-'))
  try {
    const tarball = path.join(work, 'export.tar.gz')
    const mode = isArchivePath(target) ? [] : ['--raw']
    const exported = spawnSync(
      'npx',
      ['sanity', 'dataset', 'export', dataset, tarball, ...mode, '--no-drafts', '--overwrite'],
      { stdio: 'inherit' },
    )
    if (exported.status !== 0) throw new Error(`sanity dataset export failed (${exported.status})`)

    const summary = await writeEmbeddedDataset(tarball, target)
    const types = Object.entries(summary.byType).map(([type, count]) => `${count} ${type}`)
    console.info(`Wrote ${summary.kept} documents to ${target}: ${types.join(', ')}`)
    if (summary.skipped) console.info(`Left out ${summary.skipped} drafts and system documents.`)
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
