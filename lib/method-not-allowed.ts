import {
  servedMethods,
  HANDLER_METHODS,
  ROUTE_METHODS,
  type Route,
} from '@/lib/http/route-methods.mjs'

type Method = (typeof HANDLER_METHODS)[number]
type Served<R extends Route> = (typeof ROUTE_METHODS)[R][number]
/** The methods a route refuses: all but its own, and HEAD where it serves GET. */
type Refused<R extends Route> = Exclude<
  Method,
  Served<R> | ('GET' extends Served<R> ? 'HEAD' : never)
>

/**
 * Route handlers for the methods a route does not serve (lib/http/route-methods.mjs): 405 with the
 * `Allow` header that RFC 9110 requires (Next's automatic 405 for unexported methods leaves it
 * out). A route exports them under every method it refuses:
 * `export const { POST, PUT, PATCH, DELETE } = methodsNotAllowed('/api/iati/[project]')`.
 */
export function methodsNotAllowed<R extends Route>(route: R): Record<Refused<R>, () => Response> {
  const served = servedMethods(ROUTE_METHODS[route])
  const allow = served.join(', ')
  const refuse = () =>
    new Response(null, { status: 405, headers: { Allow: allow, 'Cache-Control': 'no-store' } })
  const refused: Record<string, () => Response> = Object.fromEntries(
    HANDLER_METHODS.filter((method) => !served.includes(method)).map((method) => [method, refuse]),
  )
  return refused
}
