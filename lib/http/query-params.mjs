// @ts-check
/**
 * Every query parameter a public URL of the portal reads, declared once in plain JavaScript for
 * its readers outside the app bundle (server.mjs's front cache, lib/http/front-cache.mjs) and
 * inside it (lib/http/query-params.ts, lib/reporting/filter-params.ts and lib/site/updates.ts
 * re-export these). A caching proxy keeps these (sorted) and drops the rest, so `?utm_source=…`
 * or a cache-busting `?v=…` finds the object already stored instead of making a new one
 * (scripts/cluster/varnish.ts writes them into the VCL); the front cache keys pages the same way.
 */

/**
 * The URL query parameters of the activity lists. A URL that carries any of them is a filtered
 * view, rendered on its first request (next.config.ts rewrites it to a `filtered-activities`
 * route) and then cached under its normalised address; one without them is the generated list.
 */
export const FILTER_PARAMS = /** @type {const} */ ({
  project: 'project',
  cluster: 'cluster',
  status: 'status',
  organization: 'org',
  query: 'q',
  sort: 'sort',
  /** The page of a paged list (lib/site/paging.ts): not a filter, but it too needs a render. */
  page: 'page',
})

/** The order a list has when the URL names none (project order); never written into a URL. */
export const DEFAULT_SORT = 'order'

/** The CSV export's choice of languages (`lang=both`). */
export const CSV_LANGUAGE_PARAM = 'lang'

/** The updates list's one query parameter: the page number (`?page=2`), like the other lists'. */
export const UPDATES_PAGE_PARAM = FILTER_PARAMS.page

/** Parameters of pages and exports: the lists' filters, the CSV's languages, the updates' page. */
export const PAGE_QUERY_PARAMS = /** @type {readonly string[]} */ ([
  ...new Set([...Object.values(FILTER_PARAMS), CSV_LANGUAGE_PARAM, UPDATES_PAGE_PARAM]),
])

/** Next's image optimiser (`/_next/image`): the image, its width and its quality. */
export const IMAGE_QUERY_PARAMS = /** @type {readonly string[]} */ (['url', 'w', 'q'])

/**
 * How long a page stays fresh in shared caches (seconds): the `revalidate` of every generated
 * page (Next needs that as a literal in each page file; tests/unit/front-cache.test.ts checks
 * they all equal this), and the lifetime of the filtered lists and their CSV. The webhook
 * refreshes sooner.
 */
export const REVALIDATE_SECONDS = 3600

/** Next's own horizon for a stale page (a year), after which it is no longer served at all. */
const EXPIRE_SECONDS = 365 * 24 * 60 * 60

/**
 * The Cache-Control of a filtered list and of a CSV export: what Next sends for a generated page
 * (node_modules/next/dist/server/lib/cache-control.js) with `public` so that any shared cache
 * keeps it.
 */
export const SHARED_CACHE_CONTROL = `public, s-maxage=${REVALIDATE_SECONDS}, stale-while-revalidate=${EXPIRE_SECONDS - REVALIDATE_SECONDS}`
