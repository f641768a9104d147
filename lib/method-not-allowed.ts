type Method = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

/**
 * A route handler for the methods a route does not serve: 405 with the `Allow` header that RFC
 * 9110 requires (Next's automatic 405 for unexported methods leaves it out). A route exports it
 * under every method it refuses.
 */
export function methodNotAllowed(...allowed: Method[]): () => Response {
  const allow =
    allowed.includes('GET') && !allowed.includes('HEAD') ? [...allowed, 'HEAD'] : allowed
  return () =>
    new Response(null, {
      status: 405,
      headers: { Allow: allow.join(', '), 'Cache-Control': 'no-store' },
    })
}
