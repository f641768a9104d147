import type { ReportingActivity } from '@/lib/content/schemas'
import { activityStatus } from '@/lib/content/facts'
import { STATUS_VALUES, type Status } from '@/lib/content/vocabulary'
import type { ActivityFilters, FilterOptions } from './filters'
import { matchesQuery } from './search'

/** An activity in the page language; its `searchText` holds its words in every language. */
export type ReportRow = ReportingActivity

/** The status a row shows, filters by and sorts by: its own, else its project's (lib/content/facts.ts). */
export function statusOf(row: ReportingActivity): Status {
  return activityStatus(row).status
}

type Facet = 'projects' | 'clusters' | 'statuses' | 'organizations'

function matchesFilters(row: ReportRow, filters: ActivityFilters, except?: Facet): boolean {
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
  if (
    except !== 'organizations' &&
    filters.organizations.length &&
    !row.organizations.some((organization) => filters.organizations.includes(organization.slug))
  ) {
    return false
  }
  return matchesQuery(row.searchText, filters.query)
}

const statusRank = (row: ReportingActivity) => STATUS_VALUES.indexOf(statusOf(row))

/** The rows the filters let through, sorted as asked. */
export function filterActivities(
  rows: ReportRow[],
  filters: ActivityFilters,
  collator: Intl.Collator,
): ReportRow[] {
  const kept = rows.filter((row) => matchesFilters(row, filters))
  if (filters.sort === 'title')
    return [...kept].sort((a, b) => collator.compare(a.title.value, b.title.value))
  if (filters.sort === 'status') return [...kept].sort((a, b) => statusRank(a) - statusRank(b))
  return kept
}

/**
 * Counts for each filter option: how many rows would match if that option were chosen, given the
 * other filters (so a count never promises rows the page will not show).
 */
export function facetCounts(rows: ReportRow[], filters: ActivityFilters) {
  const countBy = (facet: Facet, keysOf: (row: ReportRow) => string[]) => {
    const counts = new Map<string, number>()
    for (const row of rows) {
      if (!matchesFilters(row, filters, facet)) continue
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
export function filterOptions(rows: ReportingActivity[]): FilterOptions {
  return {
    projects: [...new Set(rows.map((row) => row.project.slug))],
    clusters: [...new Set(rows.map((row) => row.cluster.slug))],
    organizations: [...new Set(rows.flatMap((row) => row.organizations.map((o) => o.slug)))],
  }
}
