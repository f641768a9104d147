// `postbuild`: writes a Brotli copy (`<file>.br`, quality 11) beside each script, stylesheet, SVG
// and JSON file of the build's `static` directory, for server.mjs to send to browsers that accept
// it (lib/http/precompressed.mjs). Files under 1 kB, or that Brotli would not shrink by a tenth,
// get none.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { brotliCompressSync, constants } from 'node:zlib'
import { PRECOMPRESSED_TYPES } from '../lib/http/precompressed.mjs'

const distDir = process.env.NEXT_DIST_DIR || '.next'
const staticDir = path.resolve(distDir, 'static')

/** @param {string} dir @returns {string[]} */
const files = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  )

const started = Date.now()
let written = 0
let before = 0
let after = 0
for (const file of files(staticDir)) {
  if (!Object.hasOwn(PRECOMPRESSED_TYPES, path.extname(file))) continue
  if (statSync(file).size < 1024) continue
  const source = readFileSync(file)
  const compressed = brotliCompressSync(source, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
    },
  })
  if (compressed.length > source.length * 0.9) continue
  writeFileSync(`${file}.br`, compressed)
  written += 1
  before += source.length
  after += compressed.length
}
/** @param {number} bytes */
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} kB`
console.info(
  `[precompress] ${written} build files in Brotli (${kb(before)} → ${kb(after)}) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
)
