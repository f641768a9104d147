import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { evaluate, parse } from 'groq-js'
import type { SeedDocument } from './seed'

export type RecordedRequest = {
  method: string
  path: string
  perspective: string | null
  query: string
  params: Record<string, unknown>
}

/**
 * A stand-in for Sanity's Content Lake query endpoint on 127.0.0.1: it records each request and
 * answers GET/POST /v<version>/data/query/<dataset> by running the query with groq-js.
 */
export async function startContentLake(dataset: SeedDocument[]) {
  const requests: RecordedRequest[] = []
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const body = req.method === 'POST' ? JSON.parse(await readBody(req)) : null
    const query: string = body?.query ?? url.searchParams.get('query') ?? ''
    const params: Record<string, unknown> = body?.params ?? {}
    if (!body) {
      for (const [key, value] of url.searchParams) {
        if (key.startsWith('$')) params[key.slice(1)] = JSON.parse(value)
      }
    }
    requests.push({
      method: req.method ?? '',
      path: url.pathname,
      perspective: url.searchParams.get('perspective'),
      query,
      params,
    })
    const result = await (await evaluate(parse(query, { params }), { dataset, params })).get()
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ query, result, ms: 1 }))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = ''
    req.on('data', (chunk) => (data += chunk))
    req.on('end', () => resolve(data))
    req.on('error', reject)
  })
}
