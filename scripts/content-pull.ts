/**
 * `npm run content:pull [dataset]`: exports a Content Lake dataset with the Sanity CLI
 * (`sanity dataset export --raw --no-drafts`, signed in with `npx sanity login`) and writes its
 * published documents into the embedded NDJSON dataset the app reads (CONTENT_DATASET_PATH, else
 * the seed). `npm run seed:import -- --replace` pushes the file back.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import cliConfig from '../sanity.cli'
import { embeddedDatasetPath } from './content-env'
import { writeEmbeddedDataset } from './content-export'

async function main() {
  // The project id and the default dataset come from sanity.cli.ts, like every `sanity` command.
  const dataset = process.argv[2] ?? cliConfig.api?.dataset ?? 'production'
  const target = path.resolve(embeddedDatasetPath())
  const work = mkdtempSync(path.join(tmpdir(), 'content-pull-'))
  try {
    const tarball = path.join(work, 'export.tar.gz')
    const exported = spawnSync(
      'npx',
      ['sanity', 'dataset', 'export', dataset, tarball, '--raw', '--no-drafts', '--overwrite'],
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
