/**
 * Serves the offline Studio harness for the browser tests: bundles ./harness/main.tsx (with the
 * project's sanity.config.ts) with esbuild, and hands out the datasets the tests start from.
 * `tsx tests/studio/server.ts <port>`
 */
import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import path from 'node:path'
import { build } from 'esbuild'
import { loadSeed } from '../support/seed'
import { untranslatedDataset } from '../support/untranslated'

const port = Number(process.argv[2] ?? 4250)

const datasets: Record<string, unknown> = {
  seed: loadSeed(),
  untranslated: untranslatedDataset(loadSeed()),
}

const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Studio (offline test harness)</title>
<link rel="stylesheet" href="/__harness/main.css"></head>
<body style="margin:0"><div id="studio" style="height:100vh"></div>
<script type="module" src="/__harness/main.js"></script></body></html>`

async function bundle() {
  const started = Date.now()
  const result = await build({
    entryPoints: [path.join(__dirname, 'harness/main.tsx')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    outdir: '/__harness',
    jsx: 'automatic',
    // The browser has no process.env: the Studio config sees an unconfigured environment (the
    // harness sets project and dataset itself), and React runs its production build.
    define: { 'process.env': JSON.stringify({ NODE_ENV: 'production' }), 'import.meta.env': '{}' },
    alias: { '@': process.cwd() },
    // Minified, the Studio opens a form about a second sooner (less script to parse), which
    // is worth the extra seconds of bundling once per run.
    minify: true,
    logLevel: 'warning',
  })
  console.info(`studio harness bundled in ${Date.now() - started} ms`)
  return new Map(result.outputFiles.map((file) => [path.basename(file.path), file.contents]))
}

/** What the in-memory client uploaded (./harness/memory-assets.ts), by its CDN path. */
const uploads = new Map<string, Buffer>()
const IMAGE_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
  svg: 'image/svg+xml',
}

/** `PUT /__harness/cdn/<path>` stores an upload; `GET` serves it (the fixtures route the CDN here). */
function answerCdn(req: IncomingMessage, res: ServerResponse, cdnPath: string) {
  if (req.method === 'PUT') {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      uploads.set(cdnPath, Buffer.concat(chunks))
      res.writeHead(204).end()
    })
    return
  }
  const bytes = uploads.get(cdnPath)
  if (!bytes) return res.writeHead(404).end()
  const type = IMAGE_TYPES[cdnPath.split('.').pop() ?? ''] ?? 'application/octet-stream'
  res.writeHead(200, { 'content-type': type, 'content-length': bytes.length }).end(bytes)
}

async function main() {
  const files = await bundle()
  createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const cdn = url.pathname.match(/^\/__harness\/cdn\/((?:images|files)\/[\w./-]+)$/)
    if (cdn) return answerCdn(req, res, cdn[1]!)
    const asset = url.pathname.match(/^\/__harness\/(main\.(?:js|css))$/)
    const dataset = url.pathname.match(/^\/__harness\/dataset\/(\w+)\.json$/)
    const guide = url.pathname.match(/^\/studio\/editors-guide\/(ka|en)$/)
    if (asset) {
      const type = asset[1]!.endsWith('.css') ? 'text/css' : 'text/javascript'
      res.writeHead(200, { 'content-type': type }).end(files.get(asset[1]!) ?? '')
    } else if (dataset && dataset[1]! in datasets) {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify(datasets[dataset[1]!]))
    } else if (guide) {
      // Next renders the guide pages; here, the Guide tool's frame gets the Markdown as text.
      const text = readFileSync(path.join(process.cwd(), `docs/editors-guide.${guide[1]}.md`))
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(text)
    } else if (url.pathname.startsWith('/__lake/')) {
      // Endpoints the Studio fetches without its client (document history, ping): nothing there.
      res.writeHead(200, { 'content-type': 'application/x-ndjson' }).end('')
    } else {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page)
    }
  }).listen(port, '127.0.0.1', () => console.info(`studio harness on http://127.0.0.1:${port}`))
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
