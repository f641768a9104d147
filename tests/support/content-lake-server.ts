import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { evaluate, parse } from 'groq-js'
import { answerWrite, type LakeState } from './content-lake-writes'
import type { SeedDocument } from './seed'

export type RecordedRequest = {
  method: string
  path: string
  perspective: string | null
  query: string
  params: Record<string, unknown>
}

/** How the stand-in answers: normally, with server errors, or not at all (to hit timeouts). */
export type LakeMode = 'ok' | 'error' | 'hang'

/**
 * A stand-in for Sanity's Content Lake query endpoint on 127.0.0.1: it records each request and
 * answers GET/POST /v<version>/data/query/<dataset> by running the query with groq-js; asset
 * uploads and mutations are applied to the dataset (./content-lake-writes.ts).
 * `POST /__control` with `{"mode"?: …, "dataset"?: […]}` switches behaviour (used by E2E tests) and
 * answers with the mode, the number of requests so far and how many are held open.
 */
export async function startContentLake(dataset: SeedDocument[], port = 0) {
  const requests: RecordedRequest[] = []
  const state: { mode: LakeMode } & LakeState = { mode: 'ok', dataset, files: new Map(), url: '' }
  const hanging = new Set<ServerResponse>()

  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    if (url.pathname === '/__control' && req.method === 'POST') {
      const control = JSON.parse(await readBody(req))
      state.mode = control.mode ?? state.mode
      if (Array.isArray(control.dataset)) state.dataset = control.dataset
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ mode: state.mode, requests: requests.length, open: hanging.size }))
      return
    }
    if (state.mode === 'ok' && (await answerWrite(req, res, state))) return
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
    if (state.mode === 'hang') {
      hanging.add(res)
      res.on('close', () => hanging.delete(res))
      return
    }
    if (state.mode === 'error') {
      res.writeHead(503, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ error: 'Service unavailable', statusCode: 503 }))
      return
    }
    try {
      const tree = parse(query, { params })
      const result = await (await evaluate(tree, { dataset: state.dataset, params })).get()
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ query, result, ms: 1 }))
    } catch (error) {
      res.writeHead(400, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ error: String(error) }))
    }
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const address = server.address()
  const boundPort = typeof address === 'object' && address ? address.port : port
  state.url = `http://127.0.0.1:${boundPort}`
  return {
    url: state.url,
    requests,
    /** The dataset now, with what writes (imports, uploads) added. */
    documents: () => state.dataset,
    /** Requests held open in `hang` mode that their client has not yet given up on. */
    open: () => hanging.size,
    setMode: (mode: LakeMode) => {
      state.mode = mode
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy()
        server.close(() => resolve())
      }),
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
