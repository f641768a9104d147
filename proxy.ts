import createMiddleware from 'next-intl/middleware'
import { routing } from './lib/i18n/routing'

export default createMiddleware(routing)

export const config = {
  // Locale negotiation only: the Studio, API routes, Next internals and files are left alone.
  matcher: ['/((?!api|studio|_next|_vercel|.*\\..*).*)'],
}
