// @ts-check
/**
 * The methods each route handler (app/**\/route.ts) serves, declared once. The route handlers
 * answer every other method with 405 and this list in `Allow` (lib/method-not-allowed.ts); the
 * request guard (lib/http/request-guard.mjs), which server.mjs runs outside the app bundle (hence
 * plain JavaScript), answers the methods Next cannot represent with the same list.
 * tests/unit/route-methods.test.ts checks that every route file exports exactly these.
 */

/** Keys are the routes' paths in app/; HEAD is served wherever GET is (Next answers it from GET). */
export const ROUTE_METHODS = /** @type {const} */ ({
  '/api/revalidate': ['POST'],
  '/api/draft-mode/disable': ['POST'],
  '/api/draft-mode/enable': ['GET'],
  '/api/iati/[project]': ['GET'],
  '/api/health': ['GET'],
  '/media/[file]': ['GET'],
  '/sitemap.xml': ['GET'],
  '/sitemaps/sitemap/[file]': ['GET'],
  '/api/iati/[project]/readiness': ['GET'],
  '/[locale]/activities.csv': ['GET'],
  '/[locale]/projects/[project]/activities.csv': ['GET'],
  '/[locale]/social-image.png': ['GET'],
  '/[locale]/projects/[project]/social-image.png': ['GET'],
  '/[locale]/projects/[project]/clusters/[cluster]/social-image.png': ['GET'],
  '/[locale]/projects/[project]/activities/[activity]/social-image.png': ['GET'],
  '/[locale]/updates/[slug]/social-image.png': ['GET'],
  '/[locale]/updates/feed.xml': ['GET'],
})

/** @typedef {keyof typeof ROUTE_METHODS} Route */

/**
 * Routes generated like pages (at build, then in the background; lib/social-image): they export
 * GET alone, because Next prerenders no route that exports another method. The request guard
 * answers the other methods with 405 and `Allow`, as it does for pages.
 * @type {readonly Route[]}
 */
export const GENERATED_ROUTES = [
  '/[locale]/social-image.png',
  '/[locale]/projects/[project]/social-image.png',
  '/[locale]/projects/[project]/clusters/[cluster]/social-image.png',
  '/[locale]/projects/[project]/activities/[activity]/social-image.png',
  '/[locale]/updates/[slug]/social-image.png',
  '/[locale]/updates/feed.xml',
  '/sitemaps/sitemap/[file]',
]

/** The methods a route handler may export (Next answers OPTIONS itself), in `Allow` order. */
export const HANDLER_METHODS = /** @type {const} */ ([
  'GET',
  'HEAD',
  'POST',
  'PUT',
  'PATCH',
  'DELETE',
])

/** Pages are read-only. */
const PAGE_METHODS = ['GET']

/**
 * The methods served, given a route's own, in `Allow` order: HEAD wherever GET.
 * @param {readonly string[]} methods
 * @returns {string[]}
 */
export function servedMethods(methods) {
  return [...HANDLER_METHODS, 'OPTIONS'].filter(
    (method) => methods.includes(method) || (method === 'HEAD' && methods.includes('GET')),
  )
}

/**
 * The `Allow` header for a route's own methods.
 * @param {readonly string[]} methods
 */
export const allowHeader = (methods) => servedMethods(methods).join(', ')

/**
 * @param {string} route
 * @param {string} pathname
 */
function matches(route, pathname) {
  const want = route.split('/')
  const have = pathname.split('/')
  return (
    want.length === have.length &&
    want.every((segment, i) => /^\[[^.\]]+\]$/.test(segment) || segment === have[i])
  )
}

/**
 * What a path serves, as an `Allow` header: its route's methods, a page's otherwise.
 * @param {string} pathname
 */
export function allowedMethods(pathname) {
  const route = Object.entries(ROUTE_METHODS).find(([path]) => matches(path, pathname))
  return allowHeader(route?.[1] ?? PAGE_METHODS)
}

/** Every method some route or page serves, and OPTIONS: what the server as a whole supports. */
export const SERVER_METHODS = allowHeader([
  ...PAGE_METHODS,
  ...Object.values(ROUTE_METHODS).flat(),
  'OPTIONS',
])
