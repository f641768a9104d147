import 'server-only'
import path from 'node:path'
import { unstable_cache } from 'next/cache'
import { draftMode } from 'next/headers'
import { notFound, permanentRedirect } from 'next/navigation'
import { cache } from 'react'
import { readBuildEnv } from '../env/build'
import { sanityDataset, sanityProjectId } from '../env/public'
import { serverEnv } from '../env/server'
import { getPathname } from '../i18n/navigation'
import { resolveLocale } from '../i18n/locale'
import type { Locale } from '../i18n/routing'
import { backendConfig } from './backends/config'
import { createEmbeddedBackend } from './backends/embedded'
import { fileStore } from './backends/last-good-store'
import { LAST_GOOD_ENTRIES, withSafeguards } from './backends/safeguards'
import { createSanityBackend } from './backends/sanity'
import type { ContentBackend } from './backends/types'
import { createRepository, type ReadName, type ReadResults } from './catalog'
import type { QueryRunner, RouteParams } from './repository'
import { paths } from '../paths'
import { activityIndexQuery, routeIndexQuery } from './queries'
import { isSlug } from './slug'

/**
 * What pages call: `loadPage` for a page's document (or its 404 or redirect), `read` for any
 * declared read (./catalog.ts), `resolveRoute`, the route index and static params. Behind it:
 * Next's cache keyed by query and params and tagged with what each read declares (the webhook
 * expires the tags), the backend this server is configured for, and its safeguards.
 */

/** Backstop: cached query results are refreshed at least this often, webhook or not (seconds). */
export const CONTENT_REVALIDATE_SECONDS = 3600

/** What this process keeps for one content configuration: its backend and its kept results. */
type ProcessContent = {
  backend: ContentBackend
  kept: Map<string, { version: string; result: Promise<unknown> }>
}

declare global {
  // One backend and one set of kept results per process and configuration, whichever module
  // instance asks: Next compiles route handlers (sitemap, CSV, feeds) and pages into separate
  // module graphs, and module-level state here was a second copy of each (the backend's dataset
  // and last good results, the route index). Keyed by the configuration so that a module loaded
  // under other variables (tests) never gets another's backend.
  var __iomPortalContent: Map<string, ProcessContent> | undefined
}

const byConfiguration = (globalThis.__iomPortalContent ??= new Map())

/** The configured backend's settings (a bad variable throws, naming it). */
export function configuredBackend() {
  return backendConfig({ server: serverEnv(), sanityProjectId, sanityDataset })
}

/**
 * This configuration's backend and kept results, created on first use (a bad one fails loudly).
 * Looked up once per module instance: its configuration (`serverEnv`) is read once too.
 */
let current: ProcessContent | undefined
function processContent(): ProcessContent {
  current ??= contentFor()
  return current
}

function contentFor(): ProcessContent {
  const config = configuredBackend()
  const distDir = readBuildEnv().distDir
  const key = JSON.stringify([config, distDir])
  const known = byConfiguration.get(key)
  if (known) return known
  const backend = withSafeguards(
    config.kind === 'embedded'
      ? createEmbeddedBackend(config.datasetPath)
      : createSanityBackend(config),
    {
      // In the build directory's cache, beside Next's own, so the build's queries fill it too.
      store: fileStore(path.join(distDir, 'cache', 'portal-last-good'), LAST_GOOD_ENTRIES),
    },
  )
  const created: ProcessContent = { backend, kept: new Map() }
  byConfiguration.set(key, created)
  return created
}

/** The configured backend, created on first use. */
export function contentBackend(): ContentBackend {
  return processContent().backend
}

/**
 * Every query result is cached by Next (keyed by query and params, tagged by what it reads), for
 * both backends alike. `unstable_cache` rather than `'use cache'`: see docs/operations.md.
 */
const publishedRunner: QueryRunner = (query, params, tags, options) =>
  unstable_cache(
    () => contentBackend().fetch(query, params),
    ['content', query, JSON.stringify(params)],
    // A shorter time (update reads: until the next scheduled update) also shortens the
    // revalidation time of the page being rendered (Next keeps the smallest of its reads').
    { tags, revalidate: Math.min(CONTENT_REVALIDATE_SECONDS, options?.revalidate ?? Infinity) },
  )()

/**
 * Results kept in this process as one object per content version: the route index and the
 * activity index, read from the backend when the version changes and validated and indexed once
 * (./repository.ts: `readRouteIndex`, `siteIndex`). Not through Next's data cache: at 1,000
 * projects they are 15 MB and 34 MB of JSON, each hit a fresh parse, and together nearly the
 * whole of the process's 64 MB cache store (every page evicted to hold them).
 */
const KEPT_QUERIES = new Set<string>([routeIndexQuery, activityIndexQuery])

const versionTokens = new Map<string, () => Promise<string>>()

/**
 * Which version of what `tags` name is current: a token made anew whenever one of the tags expires
 * (a webhook, or the backstop time), shared by instances through Next's cache like any result.
 */
function versionOf(tags: string[]): Promise<string> {
  const key = [...tags].sort().join(' ')
  let token = versionTokens.get(key)
  if (!token) {
    token = unstable_cache(
      async () => `${Date.now()}-${Math.random()}`,
      ['content', 'version', key],
      {
        tags,
        revalidate: CONTENT_REVALIDATE_SECONDS,
      },
    )
    versionTokens.set(key, token)
  }
  return token()
}

const cachedRunner: QueryRunner = async (query, params, tags, options) => {
  if (!KEPT_QUERIES.has(query)) return publishedRunner(query, params, tags, options)
  const version = await versionOf(tags)
  const { kept } = processContent()
  const known = kept.get(query)
  if (known?.version === version) return known.result
  const result = contentBackend().fetch(query, params)
  kept.set(query, { version, result })
  // A failed read is not kept: the next request tries again.
  result.catch(() => {
    if (kept.get(query)?.result === result) kept.delete(query)
  })
  return result
}

/** In draft mode (editor preview) Next bypasses the cache and the backend reads drafts. */
const pageRunner: QueryRunner = async (query, params, tags) =>
  (await draftMode()).isEnabled
    ? contentBackend().fetch(query, params, { preview: true })
    : cachedRunner(query, params, tags)

/** Editors previewing drafts see scheduled updates too (as they will look once out). */
const pageClock = async () => ((await draftMode()).isEnabled ? Number.MAX_SAFE_INTEGER : Date.now())

const pages = createRepository(pageRunner, pageClock)
const published = createRepository(cachedRunner)

// React's `cache` shares one result per request between generateMetadata and the page (and any
// component asking again), so each query is read from Next's cache once per render. Its key is
// the arguments' identity: hence strings, not an address object.
export const read = cache(pages.read)
export const resolveRoute = cache(pages.resolve)
export const getRouteIndex = cache(pages.routeIndex)

/** For callers without a request (generateStaticParams, the sitemap): published content only. */
export const getPublishedRouteIndex = published.routeIndex
export const readPublished = published.read

/**
 * The data of a content page, or the way elsewhere: the language's 404 page for an address that
 * leads nowhere (checked against the route index before any other query, so unknown addresses
 * cache nothing), or a permanent redirect when a slug in it was renamed. Used by both
 * `generateMetadata` and the page, so they always agree.
 */
export async function loadPage<K extends ReadName, P extends { locale: string } & RouteParams>(
  params: Promise<P>,
  name: K,
  pathOf: (route: P) => string,
): Promise<{ locale: Locale; data: NonNullable<ReadResults[K]> }> {
  const locale = await resolveLocale(params)
  const route = await params
  const slugs = [route.project, route.cluster, route.activity]
  if (!slugs.every((slug) => slug === undefined || isSlug(slug))) notFound()
  const resolution = await resolveRoute(route.project, route.cluster, route.activity)
  if (resolution.status === 'missing') notFound()
  if (resolution.status === 'moved') {
    permanentRedirect(getPathname({ href: pathOf({ ...route, ...resolution.to }), locale }))
  }
  const data = await read(name, locale, route.project, route.cluster ?? route.activity)
  if (data === null || data === undefined) notFound()
  return { locale, data }
}

/** Projects whose overview, objectives, data and activity-list pages are prerendered. */
export const PRERENDERED_PROJECTS = 10

/**
 * What is prerendered at build: a fixed set whatever the number of projects — the pages of the
 * home (featured, else newest) project and of the next few in the route index's order, and the
 * cluster and activity pages of the home project. Every other routable page renders on its first
 * request and is cached like the rest (pages allow dynamic params): at 1,000 projects a build
 * that prerendered every project would take hours.
 */
export const staticParams = {
  async project() {
    const index = await getPublishedRouteIndex()
    const home = index.home
    const others = index.projects.filter((project) => project !== home)
    return [...(home ? [home] : []), ...others]
      .slice(0, PRERENDERED_PROJECTS)
      .map((project) => ({ project: project.slug }))
  },
  async cluster() {
    const home = (await getPublishedRouteIndex()).home
    return home ? home.clusters.map((c) => ({ project: home.slug, cluster: c.slug })) : []
  },
  async activity() {
    const home = (await getPublishedRouteIndex()).home
    return home ? home.activities.map((a) => ({ project: home.slug, activity: a.slug })) : []
  },
}

/**
 * An update's page data, or the language's 404 (unknown slug, not out yet, or not written in this
 * language), or a 308 to the new address of a renamed one.
 */
export async function loadUpdatePage(
  params: Promise<{ locale: string; slug: string }>,
): Promise<{ locale: Locale; data: NonNullable<ReadResults['update']>; languages: Locale[] }> {
  const locale = await resolveLocale(params)
  const { slug } = await params
  if (!isSlug(slug)) notFound()
  // Read first in every case: the list is cached until the next scheduled update, and reading it
  // gives this page (a 404 included) that revalidation time, so a scheduled update's page stops
  // answering 404 once it is out.
  await read('updates', locale)
  const index = await getRouteIndex()
  const route = index.updates.bySlug(slug, locale)
  if (!route) {
    const moved = index.updates.redirect(slug, locale)
    if (moved) permanentRedirect(getPathname({ href: paths.update(moved.slug), locale }))
    notFound()
  }
  const data = await read('update', locale, undefined, slug)
  if (data === null) notFound()
  return { locale, data, languages: route.languages }
}
