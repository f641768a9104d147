/**
 * `npm run content:status [dataset.ndjson]`: which documents and fields of the embedded dataset
 * still lack English or Georgian, with the same filters as the Studio's "Needs English" and
 * "Needs Georgian" lists. Exit code 0 when everything is translated, 1 otherwise, 2 on an error.
 */
import { createSchema } from 'sanity'
import { createEmbeddedBackend } from '../lib/content/backends/embedded'
import { schemaTypes } from '../sanity/schemaTypes'
import { formatTranslationReport, translationReport } from '../sanity/translation/report'
import { embeddedDatasetPath } from './content-env'

async function main() {
  const datasetPath = process.argv[2] ?? embeddedDatasetPath()
  const schema = createSchema({ name: 'default', types: schemaTypes })
  // The app's own embedded source: published documents only, like the site.
  const source = createEmbeddedBackend(datasetPath)
  const report = await translationReport(schema, (query, params) => source.fetch(query, params))
  console.log(formatTranslationReport(report, datasetPath))
  process.exitCode = report.complete ? 0 : 1
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 2
})
