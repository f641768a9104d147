import type { ReportingActivity } from '@/lib/content/schemas'
import type { IndexedActivity } from '@/lib/content/schemas/activity-index'
import { activityStatus } from '@/lib/content/facts'
import { STATUS_VALUES, type Status } from '@/lib/content/vocabulary'
import type { ActivityFilters, FilterOptions } from './filters'
import { containsWords, normalizeForSearch, queryWords } from './search'

/** An activity in the page language; its `searchText` holds its words in every language. */
export type ReportRow = ReportingActivity

/**
 * What filters, sorts and counts read of a row: a whole row, or an activity index's
 * (lib/content/schemas/activity-index.ts), so that one page of a long list reads only its own rows whole.
 */
export type FilterRow = Omit<IndexedActivity, 'searchWords'> & { searchWords?: string }

/** The status a row shows, filters by and sorts by: its own, else its project's (lib/content/facts.ts). */
export function statusOf(row: FilterRow): Status {
  return activityStatus(row).status
}

type Facet = 'projects' | 'clusters' | 'statuses' | 'organizations'

/** Whether a row passes the filters other than the search words (and other than `except`). */
function matchesFacets(row: FilterRow, filters: ActivityFilters, except?: Facet): boolean {
  if (
    except !== 'projects' &&
    filters.projects.length &&
    !filters.projects.includes(row.project.slug)
  )
    return false
  if (
    except !== 'clusters' &&
    filters.clusters.length &&
    !filters.clusters.includes(row.cluster.slug)
  )
    return false
  if (except !== 'statuses' && filters.statuses.length && !filters.statuses.includes(statusOf(row)))
    return false
  return (
    except === 'organizations' ||
    !filters.organizations.length ||
    row.organizations.some((organization) => filters.organizations.includes(organization.slug))
  )
}

/**
 * The rows the search words match: every facet count applies them alike, so they are checked
 * once per row, not once per facet.
 */
function matchingQuery<R extends FilterRow>(rows: R[], query: string): R[] {
  const words = queryWords(query)
  if (words.length === 0) return rows
  // An index's rows carry their text normalised once (at 1,000 projects, 1.8 s a search otherwise).
  return rows.filter((row) =>
    containsWords(row.searchWords ?? normalizeForSearch(row.searchText), words),
  )
}

const statusRank = (row: FilterRow) => STATUS_VALUES.indexOf(statusOf(row))

/** The rows the filters let through, sorted as asked. */
export function filterActivities<R extends FilterRow>(
  rows: R[],
  filters: ActivityFilters,
  collator: Intl.Collator,
): R[] {
  const kept = matchingQuery(rows, filters.query).filter((row) => matchesFacets(row, filters))
  if (filters.sort === 'title')
    return [...kept].sort((a, b) => collator.compare(a.title.value, b.title.value))
  if (filters.sort === 'status') return [...kept].sort((a, b) => statusRank(a) - statusRank(b))
  return kept
}

/**
 * Counts for each filter option: how many rows would match if that option were chosen, given the
 * other filters (so a count never promises rows the page will not show).
 */
export function facetCounts(rows: FilterRow[], filters: ActivityFilters) {
  const searched = matchingQuery(rows, filters.query)
  const countBy = (facet: Facet, keysOf: (row: FilterRow) => string[]) => {
    const counts = new Map<string, number>()
    for (const row of searched) {
      if (!matchesFacets(row, filters, facet)) continue
      for (const key of new Set(keysOf(row))) counts.set(key, (counts.get(key) ?? 0) + 1)
    }
    return counts
  }
  return {
    projects: countBy('projects', (row) => [row.project.slug]),
    clusters: countBy('clusters', (row) => [row.cluster.slug]),
    statuses: countBy('statuses', (row) => [statusOf(row)]),
    organizations: countBy('organizations', (row) =>
      row.organizations.map((organization) => organization.slug),
    ),
  }
}

/** Every project, cluster and organisation the rows mention: what the URL may filter by. */
export function filterOptions(rows: FilterRow[]): FilterOptions {
  return {
    projects: [...new Set(rows.map((row) => row.project.slug))],
    clusters: [...new Set(rows.map((row) => row.cluster.slug))],
    organizations: [...new Set(rows.flatMap((row) => row.organizations.map((o) => o.slug)))],
  }
}
