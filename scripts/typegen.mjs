// Sanity TypeGen: extracts the Studio schema and generates the TypeScript types of every query in
// lib/content/queries.ts (lib/content/sanity.types.ts, committed). Runs before `typecheck`, `build`
// and `dev`; skipped when none of its inputs changed since the last run (the extraction loads the
// whole Studio config and takes ~15 s). `--force` always runs it.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const root = path.join(import.meta.dirname, '..')
/** Must match `typegen` in sanity.cli.ts. */
const config = {
  schema: './sanity/extract/schema.json',
  generates: './lib/content/sanity.types.ts',
}
const stamp = path.join(root, 'node_modules/.cache/portal-typegen.sha256')
const inputs = [
  'sanity',
  'sanity.config.ts',
  'sanity.cli.ts',
  'lib/content',
  'lib/i18n/routing.ts',
  'node_modules/sanity/package.json',
  'node_modules/@sanity/codegen/package.json',
]
const generated = [config.schema, config.generates].map((file) => path.resolve(root, file))

/**
 * Every file under `entry` (a path relative to the root), or the file itself.
 * @param {string} entry
 * @returns {string[]} absolute paths
 */
function files(entry) {
  const full = path.join(root, entry)
  if (!existsSync(full)) return []
  if (!statSync(full).isDirectory()) return [full]
  return readdirSync(full).flatMap((name) => files(path.join(entry, name)))
}

function fingerprint() {
  const hash = createHash('sha256')
  for (const file of inputs.flatMap(files).sort()) {
    if (generated.includes(file)) continue
    hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0')
  }
  return hash.digest('hex')
}

const before = fingerprint()
const upToDate =
  !process.argv.includes('--force') &&
  generated.every((file) => existsSync(file)) &&
  existsSync(stamp) &&
  readFileSync(stamp, 'utf8') === before
if (upToDate) {
  console.log('typegen: schema and queries unchanged, types up to date')
} else {
  const env = { ...process.env, DO_NOT_TRACK: '1', SANITY_TELEMETRY_DISABLED: '1' }
  /** @param {...string} args */
  const sanity = (...args) =>
    execFileSync('npx', ['sanity', ...args], { cwd: root, env, stdio: 'inherit' })
  sanity('schemas', 'extract', '--path', config.schema)
  sanity('typegen', 'generate')
  mkdirSync(path.dirname(stamp), { recursive: true })
  writeFileSync(stamp, fingerprint())
}
