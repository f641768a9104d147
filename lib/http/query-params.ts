/**
 * Every query parameter a public URL of the portal reads. A caching proxy keeps these (sorted) and
 * drops the rest, so `?utm_source=…` or a cache-busting `?v=…` finds the object already stored
 * instead of making a new one (scripts/cluster/varnish.ts writes them into the VCL).
 */
import { FILTER_PARAMS } from '../reporting/filter-params'
import { UPDATES_PAGE_PARAM } from '../site/updates'

/** The CSV export's choice of languages (`lang=both`). */
export const CSV_LANGUAGE_PARAM = 'lang'

/** Parameters of pages and exports: the lists' filters, the CSV's languages, the updates' page. */
export const PAGE_QUERY_PARAMS: readonly string[] = [
  ...new Set([...Object.values(FILTER_PARAMS), CSV_LANGUAGE_PARAM, UPDATES_PAGE_PARAM]),
]

/** Next's image optimiser (`/_next/image`): the image, its width and its quality. */
export const IMAGE_QUERY_PARAMS: readonly string[] = ['url', 'w', 'q']
