import createMiddleware from 'next-intl/middleware'
import { NextResponse, type NextRequest } from 'next/server'
import { routing } from './lib/i18n/routing'

const negotiateLocale = createMiddleware(routing)

/** A first segment shaped like a language tag ("fr", "pt-BR") that the portal does not serve. */
const UNKNOWN_LOCALE = /^\/[a-z]{2}(?:-[A-Za-z]{2,4})?(?:\/|$)/
const PREFIXED = /^\/(?:ka|en)(?:\/|$)/
const READ_METHODS = new Set(['GET', 'HEAD'])

/**
 * Two jobs, kept off the hot path of prefixed pages:
 *
 * 1. Pages are read-only (the portal has no server actions), so any other method gets 405 with
 *    `Allow: GET, HEAD` instead of the page. Next serves App Router pages to every method, and
 *    running this function on every page request costs about a quarter of the cached-page
 *    throughput (measured: 1349 → 1037 req/s on /en). The matcher below therefore calls it on
 *    prefixed pages only for requests that carry a body (content-length, transfer-encoding,
 *    content-type) or come from a browser (every non-GET/HEAD request a browser sends, including
 *    CORS preflights, has an Origin header). A bodiless POST/DELETE from a command-line tool
 *    still gets the cached page, which is harmless; README "Security" says so.
 * 2. Locale negotiation for unprefixed URLs: `/` goes to the visitor's language (cookie, then
 *    Accept-Language, then Georgian). An unknown language prefix is answered directly with the
 *    default language's 404 page (status 404), which links to the other language.
 */
export default function proxy(request: NextRequest) {
  if (!READ_METHODS.has(request.method)) {
    return new NextResponse(null, { status: 405, headers: { Allow: 'GET, HEAD' } })
  }
  const { pathname } = request.nextUrl
  if (PREFIXED.test(pathname)) return NextResponse.next()
  if (UNKNOWN_LOCALE.test(pathname)) {
    return NextResponse.rewrite(new URL(`/${routing.defaultLocale}/not-found`, request.url))
  }
  return negotiateLocale(request)
}

// Matcher values must be literals (Next reads them at build time), hence the repetition.
// Never: API routes (their handlers answer 405 themselves), the Studio, Next internals, files.
export const config = {
  matcher: [
    // Every unprefixed page URL, whatever the method.
    '/((?!api/|studio|_next/|_vercel/|ka(?:/|$)|en(?:/|$)|.*\\..*).*)',
    // Prefixed pages only when the request could be something other than a plain read.
    {
      source: '/((?!api/|studio|_next/|_vercel/|.*\\..*).*)',
      has: [{ type: 'header', key: 'content-length' }],
    },
    {
      source: '/((?!api/|studio|_next/|_vercel/|.*\\..*).*)',
      has: [{ type: 'header', key: 'transfer-encoding' }],
    },
    {
      source: '/((?!api/|studio|_next/|_vercel/|.*\\..*).*)',
      has: [{ type: 'header', key: 'content-type' }],
    },
    {
      source: '/((?!api/|studio|_next/|_vercel/|.*\\..*).*)',
      has: [{ type: 'header', key: 'origin' }],
    },
  ],
}
