import 'server-only'
import { unstable_cache } from 'next/cache'
import { cache } from 'react'
import { createRepository } from '@/lib/content/repository'
import { contentSource } from '@/lib/content/source'
import { routing } from '@/lib/i18n/routing'
import { UNKNOWN_SITE_FACTS, siteFactsOf, type SiteFacts } from './facts'

/** How long the portal-wide facts may lag behind the content (seconds): the pages' own backstop. */
const SITE_FACTS_SECONDS = 3600

/**
 * Read straight from the content source, not through the page queries of lib/content: those are
 * tagged (`projects`), and a tag read by the layout would be carried by every page, so that any
 * edited activity would regenerate all pages. This cache has no tags and refreshes hourly; the
 * footer's date and the EU band may therefore lag an edit by up to an hour.
 */
const published = createRepository((query, params) => contentSource().fetch(query, params))

const cachedSiteFacts = unstable_cache(
  async (): Promise<SiteFacts> => {
    const [projects, index] = await Promise.all([
      published.getProjects(routing.defaultLocale),
      published.getRouteIndex(),
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
