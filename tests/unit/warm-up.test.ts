/**
 * @jest-environment node
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { warmUp, warmUpPaths } from '@/lib/http/warm-up.mjs'
import { routing } from '@/lib/i18n/routing'

describe('the warm-up before an instance takes visitors', () => {
  it('asks for the list across projects rendered in each language, then the health endpoint', () => {
    const paths = warmUpPaths([...routing.locales])
    expect(paths.at(-1)).toBe('/api/health')
    expect(paths).toHaveLength(routing.locales.length + 1)
    for (const locale of routing.locales) {
      // A non-default order: rendered, not a prerendered copy, so the activity index is built.
      expect(paths).toContain(`/${locale}/activities?sort=title`)
    }
  })

  it('requests each address from the handler in turn, on loopback, and logs what each answered', async () => {
    const asked: string[] = []
    const lines: string[] = []
    const handle = (request: IncomingMessage, response: ServerResponse) => {
      asked.push(`${request.method} ${request.url} ${request.socket.remoteAddress}`)
      response.writeHead(request.url === '/b' ? 404 : 200).end('body')
    }
    await warmUp(handle, ['/a', '/b'], { log: (line) => lines.push(line) })
    expect(asked).toEqual(['GET /a 127.0.0.1', 'GET /b 127.0.0.1'])
    expect(lines[0]).toMatch(/^\[server\] warm-up \/a: 200 in \d+ ms$/)
    expect(lines[1]).toMatch(/^\[server\] warm-up \/b: 404 in \d+ ms$/)
  })

  it('gives up at its deadline without throwing: a slow backend never keeps the instance down', async () => {
    const lines: string[] = []
    const asked: string[] = []
    // Never answers: only the deadline ends the warm-up.
    const handle = (request: IncomingMessage) => void asked.push(request.url ?? '')
    await expect(
      warmUp(handle, ['/slow', '/never-asked'], { timeoutMs: 50, log: (l) => lines.push(l) }),
    ).resolves.toEqual(expect.any(Number))
    expect(asked).toEqual(['/slow'])
    expect(lines).toEqual([expect.stringMatching(/^\[server\] warm-up \/slow: timed out in/)])
  })
})
