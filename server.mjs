// @ts-check
/**
 * The portal's production server: Next.js behind a thin guard (lib/http/request-guard.mjs) that
 * answers malformed requests with a 4xx before Next can turn them into a 500, and keeps pages
 * read-only. `npm start` runs it; options as `next start`: -p/--port (or PORT, default 3000) and
 * -H/--hostname (or HOSTNAME, default 0.0.0.0). Stops cleanly on SIGTERM and SIGINT.
 */
import { createReadStream, readdirSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import path from 'node:path'
import next from 'next'
import { processStore } from './lib/cache/cache-handler.mjs'
import { expiryFeedLive, onExpiry } from './lib/cache/expiry-signal.mjs'
import { readServingEnv } from './lib/env/serving.mjs'
import {
  clientAddress,
  createAdmission,
  needsRender,
  overloadRefusal,
} from './lib/http/admission.mjs'
import { createPortalMetrics, METRICS_PATH, serveMetrics } from './lib/http/metrics.mjs'
import { createFrontCache, frontCacheKey } from './lib/http/front-cache.mjs'
import { precompressedStatic } from './lib/http/precompressed.mjs'
import { checkRequestLine, checkStaticPreconditions } from './lib/http/request-guard.mjs'
import { warmUp, warmUpPaths } from './lib/http/warm-up.mjs'

/** @param {string[]} names */
function option(...names) {
  const index = process.argv.findIndex((arg) => names.includes(arg))
  return index >= 0 ? process.argv[index + 1] : undefined
}

const port = Number(option('-p', '--port') ?? process.env.PORT ?? 3000)
const hostname = option('-H', '--hostname') ?? process.env.HOSTNAME ?? '0.0.0.0'
const distDir = process.env.NEXT_DIST_DIR || '.next'
const staticDir = path.resolve(distDir, 'static')

const serving = readServingEnv(process.env, port)
const admission = createAdmission(serving)
const metrics = createPortalMetrics(admission)
// Finished pages sent again without Next (lib/http/front-cache.mjs), dropped by every expiry the
// cache store announces, this instance's or, through Redis, another's. The store is made now so
// that it hears expiries before the first request.
const frontCache = createFrontCache({ maxBytes: serving.frontCacheMaxBytes, live: expiryFeedLive })
onExpiry(frontCache.clear)
metrics.addSource({
  prefix: 'frontCache',
  help: 'Front cache of finished pages',
  read: frontCache.stats,
  counters: ['hits', 'misses', 'coalesced', 'stores', 'notModified', 'evictions'],
})
processStore({ serverDistDir: path.resolve(distDir, 'server') })
/** The refusal pages' texts, per locale (messages/<locale>.json, `Overload`). */
const overloadTexts = Object.fromEntries(
  readdirSync('messages')
    .filter((name) => /^[a-z]{2}\.json$/.test(name))
    .sort((a, b) => (a === 'ka.json' ? -1 : b === 'ka.json' ? 1 : a.localeCompare(b)))
    .map((name) => [
      name.slice(0, 2),
      JSON.parse(readFileSync(path.join('messages', name), 'utf8')).Overload,
    ]),
)

const app = next({ dev: false, hostname, port })
const handle = app.getRequestHandler()
await app.prepare()

/**
 * @param {import('node:http').ServerResponse} response
 * @param {import('./lib/http/request-guard.mjs').Refusal} refusal
 */
function send(response, refusal) {
  response.writeHead(refusal.status, refusal.headers)
  response.end(refusal.body)
}

/**
 * A build file's Brotli copy (lib/http/precompressed.mjs), or its 304.
 * @param {import('node:http').ServerResponse} response
 * @param {{ status: number, headers: Record<string, string>, file: string | null }} answer
 */
function sendFile(response, { status, headers, file }) {
  response.writeHead(status, headers)
  if (!file) return response.end()
  createReadStream(file)
    .on('error', () => response.destroy())
    .pipe(response)
}

/**
 * Next 16.4 appends the headers of a cached page to the response it is writing. When a page that
 * was generated before now redirects (a renamed slug), its regeneration has already set
 * `location`, and the cached one is appended to it: the response carries the address twice
 * ("/a, /a"), which clients read as an invalid address. A `location` already present is not
 * appended again.
 * @param {import('node:http').ServerResponse} response
 */
function withSingleLocation(response) {
  const append = response.appendHeader.bind(response)
  response.appendHeader = (name, value) =>
    name.toLowerCase() === 'location' && response.hasHeader('location')
      ? response
      : append(name, value)
  return response
}

const server = createServer((request, response) => {
  withSingleLocation(response)
  metrics.countResponse(response)
  const refusal = checkRequestLine(request)
  if (refusal) return send(response, refusal)
  checkStaticPreconditions(request, staticDir)
    .then(async (staticRefusal) => {
      if (staticRefusal) return send(response, staticRefusal)
      const brotli = await precompressedStatic(request, staticDir)
      if (brotli) return sendFile(response, brotli)
      const key = frontCacheKey(request)
      if (key !== null) {
        if (await frontCache.serve(request, response, key)) return
        frontCache.record(request, response, key)
      }
      if (!needsRender(request)) return handle(request, response)
      const ticket = await admission.admit(clientAddress(request, serving.trustedProxies))
      if ('refused' in ticket) {
        return send(response, overloadRefusal(ticket.refused, request.url ?? '/', overloadTexts))
      }
      response.on('close', ticket.release)
      // A client that left while waiting gets nothing rendered for it.
      if (request.socket.destroyed) return ticket.release()
      metrics.timeRender(response)
      return handle(request, response)
    })
    .catch((error) => {
      console.error('[server] request failed:', error)
      if (!response.headersSent) send(response, { status: 400, headers: {}, body: 'Bad request\n' })
    })
})

// CONNECT (a tunnel request) never reaches the request handler in Node; answer it, don't drop it.
server.on('connect', (request, socket) => {
  socket.end('HTTP/1.1 405 Method Not Allowed\r\nAllow: GET, HEAD\r\nContent-Length: 0\r\n\r\n')
})

// The content indexed before the first visitor (lib/http/warm-up.mjs); WARM_UP=0 skips it.
if (serving.warmUp) {
  const ms = await warmUp(handle, warmUpPaths(Object.keys(overloadTexts)))
  console.info(`[server] warm in ${ms} ms`)
}

server.listen(port, hostname, () => {
  console.info(
    `[server] ready on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`,
  )
})

// Off unless METRICS_PORT is set; on loopback only, never the public port (docs/operations.md, "Metrics").
const metricsServer =
  serving.metricsPort === null ? null : await serveMetrics(metrics, serving.metricsPort)
if (metricsServer) {
  console.info(`[server] metrics on http://127.0.0.1:${serving.metricsPort}${METRICS_PATH}`)
}

for (const signal of /** @type {const} */ (['SIGTERM', 'SIGINT'])) {
  process.on(signal, () => {
    metricsServer?.close()
    server.close(() => process.exit(0))
    // Keep-alive connections would hold close() open; give in-flight requests a moment.
    setTimeout(() => process.exit(0), 5000).unref()
    server.closeIdleConnections()
  })
}
