import createMiddleware from 'next-intl/middleware'
import { NextResponse, type NextRequest } from 'next/server'
import { routing } from './lib/i18n/routing'

const negotiateLocale = createMiddleware(routing)

/** A first segment shaped like a language tag ("fr", "pt-BR") that the portal does not serve. */
const UNKNOWN_LOCALE = /^\/[a-z]{2}(?:-[A-Za-z]{2,4})?(?:\/|$)/

/**
 * Locale negotiation for unprefixed URLs only: `/` goes to the visitor's language (cookie, then
 * Accept-Language, then Georgian). Prefixed pages never reach this function (see the matcher), so
 * they are served straight from the static cache. An unknown language prefix is not redirected to
 * a page that does not exist either: it is answered directly with the default language's 404 page
 * (status 404), which links to the other language.
 */
export default function proxy(request: NextRequest) {
  if (UNKNOWN_LOCALE.test(request.nextUrl.pathname)) {
    return NextResponse.rewrite(new URL(`/${routing.defaultLocale}/not-found`, request.url))
  }
  return negotiateLocale(request)
}

export const config = {
  // Not: API routes, the Studio, Next internals, files, and pages already under /ka or /en.
  matcher: ['/((?!api/|studio|_next/|_vercel/|ka(?:/|$)|en(?:/|$)|.*\\..*).*)'],
}
