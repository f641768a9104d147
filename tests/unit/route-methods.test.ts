/**
 * @jest-environment node
 */
import { readdirSync } from 'node:fs'
import path from 'node:path'
import {
  allowedMethods,
  allowHeader,
  GENERATED_ROUTES,
  HANDLER_METHODS,
  ROUTE_METHODS,
  servedMethods,
} from '@/lib/http/route-methods.mjs'

const APP = path.join(process.cwd(), 'app')

/** Every route handler's file, as its route path (route groups such as `(site)` are not in it). */
function routeFiles(): Map<string, string> {
  const routes = new Map<string, string>()
  for (const entry of readdirSync(APP, { recursive: true, encoding: 'utf8' })) {
    if (path.basename(entry) !== 'route.ts') continue
    const segments = path.dirname(entry).split(path.sep)
    const route = '/' + segments.filter((segment) => !/^\(.*\)$/.test(segment)).join('/')
    routes.set(route, path.join(APP, entry))
  }
  return routes
}

const routes = routeFiles()
const table = Object.entries(ROUTE_METHODS)

describe('the table of route methods (lib/http/route-methods.mjs)', () => {
  it('lists every route handler, and no other route', () => {
    expect([...routes.keys()].sort()).toEqual(Object.keys(ROUTE_METHODS).sort())
  })

  it.each(table)('%s exports %j, and 405 with Allow for the rest', async (route, served) => {
    const file = routes.get(route)
    if (!file) throw new Error(`no route file for ${route}`)
    const exported = Object.entries(await import(file))
    const handlers = new Map(exported.filter(([name]) => HANDLER_METHODS.some((m) => m === name)))
    const allow = allowHeader(served)
    // HEAD is answered from GET by Next, so a GET route does not export it. A generated route
    // refuses nothing itself: the request guard does, with the same Allow.
    const generated = GENERATED_ROUTES.some((generatedRoute) => generatedRoute === route)
    const refused = generated
      ? []
      : HANDLER_METHODS.filter((method) => !servedMethods(served).includes(method))
    if (generated) {
      expect(served).toEqual(['GET'])
      expect(allowedMethods(route.replace(/\[\w+\]/g, 'x'))).toBe(allow)
    }
    expect([...handlers.keys()].sort()).toEqual([...served, ...refused].sort())
    const refusal = handlers.get(refused[0] ?? '')
    for (const method of served) expect(handlers.get(method)).not.toBe(refusal)
    for (const method of refused) {
      const handler = handlers.get(method)
      expect(handler).toBe(refusal)
      if (typeof handler !== 'function') continue
      const response: unknown = handler()
      if (!(response instanceof Response)) throw new Error(`${route} ${method}: no Response`)
      expect(response.status).toBe(405)
      expect(response.headers.get('allow')).toBe(allow)
    }
  })
})
