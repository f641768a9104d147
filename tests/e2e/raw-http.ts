import { request as httpRequest } from 'node:http'

export type RawResponse = { status: number; headers: Record<string, string>; body: string }

/**
 * One HTTP request exactly as given: any method, any request target (`*`, invalid
 * percent-encoding), any header. Browser-like clients normalise or refuse such requests.
 */
export function rawRequest(
  base: string,
  {
    method = 'GET',
    target,
    headers = {},
    body,
  }: { method?: string; target: string; headers?: Record<string, string>; body?: string },
): Promise<RawResponse> {
  const { hostname, port } = new URL(base)
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      { hostname, port, method, path: target, headers, timeout: 30_000 },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: Object.fromEntries(
              Object.entries(response.headers).map(([key, value]) => [key, String(value)]),
            ),
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        )
      },
    )
    // Node's client hands the answer to a CONNECT to 'connect', whatever its status, never to the
    // response callback: without this, a 405 to CONNECT looks like no answer at all.
    request.on('connect', (response, socket) => {
      socket.destroy()
      resolve({
        status: response.statusCode ?? 0,
        headers: Object.fromEntries(
          Object.entries(response.headers).map(([key, value]) => [key, String(value)]),
        ),
        body: '',
      })
    })
    request.on('error', reject)
    request.on('timeout', () => request.destroy(new Error(`no answer to ${method} ${target}`)))
    request.end(body)
  })
}
