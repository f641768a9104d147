// @ts-check
/**
 * What an instance does before it takes visitors: the requests whose first answer costs the
 * content work done once per version (read and parse the dataset, validate and index the route
 * index, build the activity index of the list across projects in each language). At 1,000
 * projects that is 20–40 s a first visitor would otherwise wait for (docs/benchmarks.md, "Scale");
 * at the seed's size, about a second. Served by Next on a loopback port of its own, so nothing
 * outside reaches the instance before it is warm, and a proxy's probe finds it only then.
 */
import { createServer } from 'node:http'

/** Past this, the instance starts anyway: a slow backend must not keep it down. */
export const WARM_UP_TIMEOUT_MS = 120_000

/**
 * The addresses asked for: per language, the list across projects in a non-default order
 * (rendered, not served from a prerendered copy, so it reads the route index and builds that
 * language's activity index), then the health endpoint, whose answer the log shows.
 * @param {string[]} locales
 */
export function warmUpPaths(locales) {
  return [...locales.map((locale) => `/${locale}/activities?sort=title`), '/api/health']
}

/**
 * Asks `handle` for each of `paths` in turn; logs what each took. Never throws: a failed or slow
 * warm-up only means the first visitors do that work.
 * @param {(request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => unknown} handle
 * @param {string[]} paths
 * @param {{ timeoutMs?: number, log?: (line: string) => void }} [options]
 */
export async function warmUp(handle, paths, options = {}) {
  const { timeoutMs = WARM_UP_TIMEOUT_MS, log = console.info } = options
  const server = createServer((request, response) => void handle(request, response))
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  const deadline = AbortSignal.timeout(timeoutMs)
  const started = Date.now()
  try {
    for (const target of paths) {
      const began = Date.now()
      const outcome = await fetch(`http://127.0.0.1:${port}${target}`, {
        redirect: 'manual',
        signal: deadline,
      }).then(
        async (response) => {
          await response.arrayBuffer()
          return String(response.status)
        },
        () => (deadline.aborted ? 'timed out' : 'failed'),
      )
      log(`[server] warm-up ${target}: ${outcome} in ${Date.now() - began} ms`)
      if (deadline.aborted) break
    }
  } finally {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(() => resolve(undefined)))
  }
  return Date.now() - started
}
