import createMiddleware from 'next-intl/middleware'
import { NextResponse, type NextRequest } from 'next/server'
import { routing } from './lib/i18n/routing'

const negotiateLocale = createMiddleware(routing)

/** A first segment shaped like a language tag ("fr", "pt-BR") that the portal does not serve. */
const UNKNOWN_LOCALE = /^\/[a-z]{2}(?:-[A-Za-z]{2,4})?(?:\/|$)/

/**
 * Locale negotiation for unprefixed URLs only: `/` goes to the visitor's language (cookie, then
 * Accept-Language, then Georgian). An unknown language prefix is answered directly with the
 * default language's 404 page (status 404), which links to the other language.
 *
 * Prefixed pages never run this (running it on every page cost about a quarter of the cached-page
 * throughput); methods other than GET/HEAD on pages are refused before Next, in server.mjs.
 */
export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  if (UNKNOWN_LOCALE.test(pathname)) {
    return NextResponse.rewrite(new URL(`/${routing.defaultLocale}/not-found`, request.url))
  }
  return negotiateLocale(request)
}

// Matcher values must be literals (Next reads them at build time). Never: prefixed pages, API
// routes (their handlers answer for themselves), the Studio, Next internals, files.
export const config = {
  matcher: ['/((?!api/|studio|_next/|_vercel/|ka(?:/|$)|en(?:/|$)|.*\\..*).*)'],
}
