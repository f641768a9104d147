/**
 * The portal's content API: pages receive validated app types and never see GROQ. ./catalog.ts
 * declares what can be read; this file turns a declaration into a read (locate the address in the
 * route index, run the query with its params under its tags, validate the result — a broken item
 * is logged and left out — and finish it with the route index) and resolves addresses, renamed
 * ones included. Every read asks the route index first, so an address that leads nowhere runs no
 * other query and caches nothing. The runner decides where queries run and how they are cached.
 */
import type { z } from 'zod'
import type { Locale } from '../i18n/routing'
import type { QueryParams } from './backends/types'
import * as queries from './queries'
import type { QueryResults } from './queries'
import type { SchemaFor } from './schemas/matches-query'
import {
  RouteIndex,
  routeIndexSchema,
  type RoutableProject,
  type RouteData,
} from './schemas/routes'
import { validItem, validItems } from './schemas/validate'
import { TAGS } from './tags'

/**
 * Runs a query; `tags` name what it reads so that a cache in front of it can be invalidated, and
 * `revalidate` (seconds), when given, how long its result may be kept at most.
 */
export type QueryRunner = (
  query: string,
  params: QueryParams,
  tags: string[],
  options?: { revalidate?: number },
) => Promise<unknown>

/** The current time in ms (injected in tests; in editor preview, the end of time). */
export type Clock = () => number | Promise<number>

export type QueryName = keyof QueryResults
type ItemOf<T> = T extends readonly (infer Item)[] ? Item : T

/**
 * A page's address: its language, a project and maybe one cluster or activity of it (or, for an
 * update, only `slug`).
 */
export type Address = { locale: Locale; project?: string; slug?: string; ids?: readonly string[] }

/** Where a read applies: what the route index must find for it, or null (the address 404s). */
export type Locator<Target> = (index: RouteIndex, address: Address) => Target | null

type RouteDocument = { id: string; slug: string }
export type SiteTarget = { index: RouteIndex; locale: Locale }
export type ProjectTarget = SiteTarget & { project: RoutableProject }
export type DocumentTarget = ProjectTarget & { document: RouteDocument }

/** A routable project by its current slug. */
export const inProject: Locator<ProjectTarget> = (index, { project, locale }) => {
  const found = project === undefined ? undefined : index.project(project)
  return found ? { index, locale, project: found } : null
}

/** An update out by now in the page's language, by its current slug. */
export const updateOf: Locator<SiteTarget & { update: { id: string; slug: string } }> = (
  index,
  { slug, locale },
) => {
  const update = slug === undefined ? undefined : index.updates.bySlug(slug, locale)
  return update ? { index, locale, update } : null
}

/** Documents named by id (one page of a list), whatever project they belong to. */
export const byIds: Locator<SiteTarget & { ids: readonly string[] }> = (index, { locale, ids }) =>
  ids ? { index, locale, ids } : null

/** A locator for a document kind of a project, found by its slug. */
function documentOf(
  find: (index: RouteIndex, project: RoutableProject, slug: string) => RouteDocument | undefined,
): Locator<DocumentTarget> {
  return (index, address) => {
    const target = inProject(index, address)
    const document = target && address.slug ? find(index, target.project, address.slug) : undefined
    return target && document ? { ...target, document } : null
  }
}
export const clusterOf = documentOf((index, project, slug) => index.cluster(project, slug))
export const activityOf = documentOf((index, project, slug) => index.activity(project, slug))

/** Tags every read carries: organisation names and cited sources show on nearly every page. */
const CONTENT_WIDE_TAGS = [TAGS.organizations, TAGS.sources]

/** A declared read, ready to run. */
export type Read<T> = {
  run(run: QueryRunner, locale: Locale, index: RouteIndex, address: Address): Promise<T>
}

/** What every declaration says: its query, schema, params and tags, for a target. */
type Declaration<N extends QueryName, S extends z.ZodType, Target> = {
  query: N
  /** What an item is called in the log when it is skipped. */
  what: string
  schema: (locale: Locale) => S
  params: (target: Target) => QueryParams
  tags: (target: Target) => string[]
  /** How long the result may be cached at most (seconds); the runner's default when absent. */
  revalidate?: (target: Target) => number
}

function fetchFor<N extends QueryName, S extends z.ZodType, Target>(
  declaration: Declaration<N, S, Target>,
  runQuery: QueryRunner,
  target: Target,
): Promise<unknown> {
  const tags = [...declaration.tags(target), ...CONTENT_WIDE_TAGS]
  const revalidate = declaration.revalidate?.(target)
  return runQuery(
    queries[declaration.query],
    declaration.params(target),
    tags,
    revalidate === undefined ? undefined : { revalidate },
  )
}

/** One document of a located address (null when it is missing or invalid: its page 404s). */
export function one<N extends QueryName, S extends z.ZodType, Target, Output>(
  declaration: Declaration<N, S & SchemaFor<QueryResults[N], S>, Target> & {
    at: Locator<Target>
    finish: (value: z.output<S>, target: Target) => Output
  },
): Read<Output | null> {
  return {
    async run(runQuery, locale, index, address) {
      const target = declaration.at(index, address)
      if (target === null) return null
      const raw = await fetchFor(declaration, runQuery, target)
      const valid = validItem(declaration.schema(locale), raw, declaration.what)
      return valid === null ? null : declaration.finish(valid, target)
    },
  }
}

type ListDeclaration<N extends QueryName, S extends z.ZodType, Target, Output> = Declaration<
  N,
  S & SchemaFor<ItemOf<QueryResults[N]>, S>,
  Target
> & { finish: (items: z.output<S>[], target: Target) => Output }

async function listFor<N extends QueryName, S extends z.ZodType, Target, Output>(
  declaration: ListDeclaration<N, S, Target, Output>,
  runQuery: QueryRunner,
  locale: Locale,
  target: Target,
): Promise<Output> {
  const raw = await fetchFor(declaration, runQuery, target)
  return declaration.finish(validItems(declaration.schema(locale), raw, declaration.what), target)
}

/** A list of a located address, validated item by item (a broken item is logged and left out). */
export function list<N extends QueryName, S extends z.ZodType, Target, Output>(
  declaration: ListDeclaration<N, S, Target, Output> & { at: Locator<Target> },
): Read<Output | null> {
  return {
    async run(runQuery, locale, index, address) {
      const target = declaration.at(index, address)
      return target === null ? null : listFor(declaration, runQuery, locale, target)
    },
  }
}

/** A list across the whole site (never null). */
export function siteList<N extends QueryName, S extends z.ZodType, Output>(
  declaration: ListDeclaration<N, S, SiteTarget, Output>,
): Read<Output> {
  return {
    run: (runQuery, locale, index) => listFor(declaration, runQuery, locale, { index, locale }),
  }
}

/**
 * A site-wide index built from one query's result: `build` runs once per result object and
 * language (a runner that hands out one object per content version, as lib/content/index.ts does
 * for these queries, gets it built once per version), `finish` on every read.
 */
export function siteIndex<N extends QueryName, Built, Output>(declaration: {
  query: N
  tags: (target: SiteTarget) => string[]
  build: (raw: unknown, locale: Locale) => Built
  finish: (built: Built, target: SiteTarget) => Output
}): Read<Output> {
  const builds = new WeakMap<object, Map<Locale, Built>>()
  const buildOnce = (raw: unknown, locale: Locale): Built => {
    if (typeof raw !== 'object' || raw === null) return declaration.build(raw, locale)
    const byLocale = builds.get(raw) ?? new Map<Locale, Built>()
    builds.set(raw, byLocale)
    const known = byLocale.get(locale)
    if (known !== undefined) return known
    const built = declaration.build(raw, locale)
    byLocale.set(locale, built)
    return built
  }
  return {
    async run(runQuery, locale, index) {
      const target = { index, locale }
      const tags = [...declaration.tags(target), ...CONTENT_WIDE_TAGS]
      const raw = await runQuery(queries[declaration.query], {}, tags)
      return declaration.finish(buildOnce(raw, locale), target)
    },
  }
}

/** One document for the whole site (the site settings), or null when it is missing or invalid. */
export function siteDocument<N extends QueryName, S extends z.ZodType, Output>(
  declaration: Declaration<N, S & SchemaFor<QueryResults[N], S>, SiteTarget> & {
    finish: (value: z.output<S>, target: SiteTarget) => Output
  },
): Read<Output | null> {
  return one({ ...declaration, at: (index, { locale }) => ({ index, locale }) })
}

/** What each read of a table returns. */
export type Table<T> = { [K in keyof T]: T[K] extends Read<infer Output> ? Output : never }

/** A page address: the project, and maybe one cluster or activity of it. */
export type RouteParams = { project: string; cluster?: string; activity?: string }

/** Whether an address leads to a page, to the new address of a renamed document, or nowhere. */
export type RouteResolution =
  { status: 'found' } | { status: 'moved'; to: RouteParams } | { status: 'missing' }

/** The route index: which documents have pages, under which slugs (and which slugs moved). */
export async function readRouteIndex(
  run: QueryRunner,
  clock: Clock = Date.now,
): Promise<RouteIndex> {
  const raw = await run(queries.routeIndexQuery, {}, [TAGS.routes])
  const data = validRouteData(raw)
  return new RouteIndex(data?.projects ?? [], data?.updates ?? [], await clock())
}

/**
 * Validated route indexes by the query result they came from. A runner that hands out the same
 * result object until the content changes (lib/content/index.ts does) gets each version validated
 * once: at 1,000 projects that is 28,000 documents, far too many to check on every request.
 */
const validatedRouteData = (globalThis.__iomPortalValidatedRouteData ??= new WeakMap())

declare global {
  // Once per process, not per module instance (route handlers and pages are separate module
  // graphs that share one route index object: lib/content/index.ts).
  var __iomPortalValidatedRouteData: WeakMap<object, RouteData | null> | undefined
}

function validRouteData(raw: unknown): RouteData | null {
  if (typeof raw !== 'object' || raw === null)
    return validItem(routeIndexSchema, raw, 'route index')
  if (!validatedRouteData.has(raw)) {
    validatedRouteData.set(raw, validItem(routeIndexSchema, raw, 'route index'))
  }
  return validatedRouteData.get(raw) ?? null
}

/** Follows an address through the route index, and through earlier slugs of renamed documents. */
export function resolveIn(index: RouteIndex, route: RouteParams): RouteResolution {
  const current = index.project(route.project)
  const project = current ?? index.projectRedirect(route.project)
  if (!project) return { status: 'missing' }
  const to: RouteParams = { project: project.slug }
  let moved = !current
  if (route.cluster !== undefined) {
    const found = index.cluster(project, route.cluster)
    const target = found ?? index.clusterRedirect(project, route.cluster)
    if (!target) return { status: 'missing' }
    to.cluster = target.slug
    moved ||= !found
  }
  if (route.activity !== undefined) {
    const found = index.activity(project, route.activity)
    const target = found ?? index.activityRedirect(project, route.activity)
    if (!target) return { status: 'missing' }
    to.activity = target.slug
    moved ||= !found
  }
  return moved ? { status: 'moved', to } : { status: 'found' }
}

/** A repository over any table of reads (the portal's is ./catalog.ts; tests may add their own). */
export function createReader<R>(
  run: QueryRunner,
  table: { [K in keyof R]: Read<R[K]> },
  clock: Clock = Date.now,
) {
  const routeIndex = () => readRouteIndex(run, clock)
  return {
    routeIndex,
    /** Where an address leads (positional, so that React's per-request cache can share it). */
    async resolve(project: string, cluster?: string, activity?: string): Promise<RouteResolution> {
      return resolveIn(await routeIndex(), { project, cluster, activity })
    },
    /**
     * Runs the read `name` for a project (`project`) and one of its clusters or activities
     * (`slug`), or for documents named by id (`ids`).
     */
    async read<K extends keyof R>(
      name: K,
      locale: Locale,
      project?: string,
      slug?: string,
      ids?: readonly string[],
    ): Promise<R[K]> {
      const declared: Read<R[K]> = table[name]
      const address: Address = { locale, project, slug, ids }
      return declared.run(run, locale, await routeIndex(), address)
    },
  }
}
