/**
 * The 404 of a route handler whose address leads nowhere (an unknown language, file, image or
 * asset): plain text and never cached, so made-up addresses grow no cache. Pages have their own
 * localised 404 (app/[locale]/not-found.tsx).
 */
export function notFoundResponse(): Response {
  return new Response('Not found\n', {
    status: 404,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  })
}
