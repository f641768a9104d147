import { hasLocale } from 'next-intl'
import { setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { routing, type Locale } from './routing'

/**
 * Reads the locale segment of a route, 404s on an unknown one, and tells next-intl about it so
 * that pages stay statically renderable (no request headers are read).
 */
export async function resolveLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  return locale
}

/**
 * The data of a content page, or its language's 404 page. Used by both `generateMetadata` and
 * the page, so an unknown slug is a 404 in either.
 */
export async function loadOr404<P extends { locale: string }, T>(
  params: Promise<P>,
  load: (locale: Locale, params: P) => Promise<T | null>,
): Promise<{ locale: Locale; data: T }> {
  const locale = await resolveLocale(params)
  const data = await load(locale, await params)
  if (data === null) notFound()
  return { locale, data }
}
