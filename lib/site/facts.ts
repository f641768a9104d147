import 'server-only'
import { unstable_cache } from 'next/cache'
import { cache } from 'react'
import { contentBackend } from '@/lib/content'
import { createRepository } from '@/lib/content/catalog'
import { routing } from '@/lib/i18n/routing'
import { latestChange, newestOf, type RoutableProject } from '@/lib/content/schemas/routes'
import { isEuFunded, type WithDonors } from './eu-funding'

/** What the frame of every page (header band, footer) says about the portal as a whole. */
export type SiteFacts = {
  /** Every project on the portal is EU-funded: the EU band belongs on every page. */
  euFunded: boolean
  /** The newest `_updatedAt` of the portal's projects, clusters and activities (ISO date-time). */
  lastUpdated: string | null
}

export const UNKNOWN_SITE_FACTS: SiteFacts = { euFunded: false, lastUpdated: null }

/**
 * The portal is EU-funded when every one of its projects is: with a project funded by someone
 * else, "Funded by the European Union" on every page would be untrue (its own pages would need
 * their own statement; see docs/design.md, "EU visibility and IOM identity").
 */
export function siteFactsOf(
  projects: WithDonors[],
  routes: Pick<RoutableProject, 'updatedAt' | 'clusters' | 'activities'>[],
): SiteFacts {
  const newest = newestOf(routes.map(latestChange))
  return { euFunded: projects.length > 0 && projects.every(isEuFunded), lastUpdated: newest }
}

/** How long the portal-wide facts may lag behind the content (seconds): the pages' own backstop. */
const SITE_FACTS_SECONDS = 3600

/**
 * Read straight from the content source, not through the page queries of lib/content: those are
 * tagged (`projects`), and a tag read by the layout would be carried by every page, so that any
 * edited activity would regenerate all pages. This cache has no tags and refreshes hourly; the
 * footer's date and the EU band may therefore lag an edit by up to an hour.
 */
const published = createRepository((query, params) => contentBackend().fetch(query, params))

const cachedSiteFacts = unstable_cache(
  async (): Promise<SiteFacts> => {
    const [projects, index] = await Promise.all([
      published.read('projects', routing.defaultLocale),
      published.routeIndex(),
    ])
    return siteFactsOf(projects, index.projects)
  },
  ['site-facts'],
  { revalidate: SITE_FACTS_SECONDS },
)

/** The portal-wide facts for the page frame; never fails a page (unknown facts show nothing). */
export const getSiteFacts = cache(async (): Promise<SiteFacts> => {
  try {
    return await cachedSiteFacts()
  } catch (error) {
    console.warn(`[site] portal facts unavailable: ${String(error)}`)
    return UNKNOWN_SITE_FACTS
  }
})
