import type { RoutableProject } from '@/lib/content/schemas/routes'
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
  const dates = routes.flatMap((project) => [
    project.updatedAt,
    ...project.clusters.map((cluster) => cluster.updatedAt),
    ...project.activities.map((activity) => activity.updatedAt),
  ])
  const newest = dates.reduce<string | null>(
    (latest, date) => (latest === null || Date.parse(date) > Date.parse(latest) ? date : latest),
    null,
  )
  return { euFunded: projects.length > 0 && projects.every(isEuFunded), lastUpdated: newest }
}
