/**
 * `npm run seed:import [-- <source>] [-- --replace|--missing …]`: pushes the embedded dataset to
 * the Content Lake with `sanity dataset import` (signed in with `npx sanity login`), which runs
 * @sanity/import 6 (tests/unit/seed-import.test.ts runs it against the stand-in Content Lake).
 * The source is the first argument naming a file or folder, else CONTENT_DATASET_PATH, else the
 * seed: an NDJSON file, or an export archive (`.tar.gz`, or unpacked) whose images and files are
 * uploaded and referenced from the documents. Other arguments go to the CLI as they are.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { embeddedDatasetPath } from './content-env'

const args = process.argv.slice(2)
const named = args.find((arg) => !arg.startsWith('-') && existsSync(arg))
const source = named ?? embeddedDatasetPath()
const rest = args.filter((arg) => arg !== named)
const result = spawnSync('npx', ['sanity', 'dataset', 'import', source, ...rest], {
  stdio: 'inherit',
})
process.exitCode = result.status ?? 1
