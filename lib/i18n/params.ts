import { hasLocale } from 'next-intl'
import { setRequestLocale } from 'next-intl/server'
import { notFound, permanentRedirect } from 'next/navigation'
import { resolveRoute } from '@/lib/content'
import type { RouteParams } from '@/lib/content/repository'
import { isSlug } from '@/lib/content/slug'
import { getPathname } from './navigation'
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
 * The data of a content page, or the way elsewhere: the language's 404 page for an address that
 * leads nowhere (checked against the route index before any other query, so unknown addresses
 * cache nothing), or a permanent redirect when a slug in it was renamed. Used by both
 * `generateMetadata` and the page, so they always agree.
 */
export async function loadPage<P extends { locale: string } & RouteParams, T>(
  params: Promise<P>,
  pathOf: (route: P) => string,
  load: (locale: Locale, route: P) => Promise<T | null>,
): Promise<{ locale: Locale; data: T }> {
  const locale = await resolveLocale(params)
  const route = await params
  const slugs = [route.project, route.cluster, route.activity]
  if (!slugs.every((slug) => slug === undefined || isSlug(slug))) notFound()
  const resolution = await resolveRoute({
    project: route.project,
    cluster: route.cluster,
    activity: route.activity,
  })
  if (resolution.status === 'missing') notFound()
  if (resolution.status === 'moved') {
    permanentRedirect(getPathname({ href: pathOf({ ...route, ...resolution.to }), locale }))
  }
  const data = await load(locale, route)
  if (data === null) notFound()
  return { locale, data }
}
