import type { ClusterRef, Organization } from '@/lib/content/schemas'
import { statusOf, type FilterRow, type ReportRow } from './activities'
import { FILTER_PARAMS } from './filter-params'
import {
  MAX_QUERY_LENGTH,
  SORTS,
  STATUS_FILTER_VALUES,
  filtersToSearch,
  type ActivityFilters,
  type Sort,
  type StatusFilter,
} from './filters'
import type { ActivityReportData } from './load'

export type ProjectOption = ReportRow['project']

/** A filter choice: its URL value, what it stands for, how many rows it would give, whether on. */
export type FacetOption<T> = { value: string; item: T; count: number; selected: boolean }

/**
 * The filter groups of the form, in display order; a group with a single choice is left out.
 * `hidden`: choices not listed (a group lists at most MAX_CHOICES, ./view-model.ts).
 */
export type Facet = { param: string; hidden: number } & (
  | { kind: 'project'; options: FacetOption<ProjectOption>[] }
  | { kind: 'cluster'; options: FacetOption<ClusterRef>[] }
  | { kind: 'status'; options: FacetOption<StatusFilter>[] }
  | { kind: 'organization'; options: FacetOption<Organization>[] }
)

/**
 * The most choices a filter group lists, and rows a count table has: the seed has 4 clusters and
 * 15 organisations, 1,000 projects have 4,000 clusters (listing them all made each page of the
 * list across projects 5 MB). Past it, those with the most activities are listed (and any
 * selected), and the rest are counted.
 */
export const MAX_CHOICES = 30

/** A filter in force, with the URL query of the same list without it (a "remove" link). */
export type AppliedFilter = { removeSearch: string } & (
  | { kind: 'project'; value: string; item: ProjectOption | null }
  | { kind: 'cluster'; value: string; item: ClusterRef | null }
  | { kind: 'status'; value: StatusFilter }
  | { kind: 'organization'; value: string; item: Organization | null }
  | { kind: 'query'; value: string }
)

export type Tally<T> = { key: string; item: T; count: number }

/** A count table: its rows, and what the rows past MAX_CHOICES add up to (null when none). */
export type Tallies<T> = { rows: Tally<T>[]; rest: { items: number; count: number } | null }

export type ReportView = {
  facets: Facet[]
  applied: AppliedFilter[]
  /** The search box: its parameter, current text and the longest text the list reads. */
  query: { param: string; value: string; maxLength: number }
  sort: { param: string; value: Sort; options: readonly Sort[] }
  /** The rows of this page of those the filters let through, in the order asked for. */
  rows: ReportRow[]
  /** How many rows the filters let through (on every page), and how many there are. */
  matching: number
  total: number
  /** This page of the list and how many it has. */
  page: number
  pages: number
  /** The URL query of the filters in force (downloads of the same rows), '' for none. */
  search: string
  /** Rows from more than one project: the table names each row's project. */
  manyProjects: boolean
  /** The shown rows counted per cluster and per status (the summary tables). */
  byCluster: Tallies<ClusterRef>
  byStatus: Tally<StatusFilter>[]
}

/** Each distinct item once, in order of first appearance. */
function distinct<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>()
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item)
  return [...seen.values()]
}

/**
 * At most MAX_CHOICES of `items`, in their order: those `kept`, then those counting most (the
 * first of equals); and how many were left out.
 */
function mostCounted<T extends { count: number }>(
  items: T[],
  kept: (item: T) => boolean = () => false,
): { shown: T[]; hidden: number } {
  if (items.length <= MAX_CHOICES) return { shown: items, hidden: 0 }
  const ranked = items
    .map((item, at) => ({ item, at }))
    .sort((a, b) => Number(kept(b.item)) - Number(kept(a.item)) || b.item.count - a.item.count)
    .slice(0, MAX_CHOICES)
    .sort((a, b) => a.at - b.at)
  return { shown: ranked.map(({ item }) => item), hidden: items.length - ranked.length }
}

function options<T>(
  items: T[],
  valueOf: (item: T) => string,
  counts: Map<string, number>,
  selected: readonly string[],
): { options: FacetOption<T>[]; hidden: number } {
  const all = items.map((item) => ({
    value: valueOf(item),
    item,
    count: counts.get(valueOf(item)) ?? 0,
    selected: selected.includes(valueOf(item)),
  }))
  const { shown, hidden } = mostCounted(all, (option) => option.selected)
  return { options: shown, hidden }
}

function without(filters: ActivityFilters, kind: AppliedFilter['kind'], value: string): string {
  const drop = (values: string[]) => values.filter((v) => v !== value)
  if (kind === 'query') return filtersToSearch({ ...filters, query: '' })
  if (kind === 'project') return filtersToSearch({ ...filters, projects: drop(filters.projects) })
  if (kind === 'cluster') return filtersToSearch({ ...filters, clusters: drop(filters.clusters) })
  if (kind === 'organization')
    return filtersToSearch({ ...filters, organizations: drop(filters.organizations) })
  return filtersToSearch({
    ...filters,
    statuses: filters.statuses.filter((status) => status !== value),
  })
}

/** What the rows can be filtered by: each project, cluster, status and organisation once. */
type Choices = {
  projects: ProjectOption[]
  clusters: ClusterRef[]
  statuses: StatusFilter[]
  organizations: Organization[]
}

/** The choices in the rows, in order of appearance; organisations by name in the page language. */
function choicesOf(rows: FilterRow[], collator: Intl.Collator): Choices {
  return {
    projects: distinct(
      rows.map((row) => row.project),
      (project) => project.slug,
    ),
    clusters: distinct(
      rows.map((row) => row.cluster),
      (cluster) => cluster.slug,
    ),
    statuses: STATUS_FILTER_VALUES.filter((status) => rows.some((row) => statusOf(row) === status)),
    organizations: distinct(
      rows.flatMap((row) => row.organizations),
      (organization) => organization.slug,
    ).sort((a, b) => collator.compare(a.name.value, b.name.value)),
  }
}

function facetsOf(
  choices: Choices,
  counts: ActivityReportData['counts'],
  filters: ActivityFilters,
): Facet[] {
  const { projects, clusters, statuses, organizations } = choices
  const facets: Facet[] = [
    {
      kind: 'project' as const,
      param: FILTER_PARAMS.project,
      ...options(projects, (p) => p.slug, counts.projects, filters.projects),
    },
    {
      kind: 'cluster' as const,
      param: FILTER_PARAMS.cluster,
      ...options(clusters, (c) => c.slug, counts.clusters, filters.clusters),
    },
    {
      kind: 'status' as const,
      param: FILTER_PARAMS.status,
      ...options(statuses, (s) => s, counts.statuses, filters.statuses),
    },
    {
      kind: 'organization' as const,
      param: FILTER_PARAMS.organization,
      ...options(organizations, (o) => o.slug, counts.organizations, filters.organizations),
    },
  ]
  return facets.filter((facet) => facet.options.length > 1)
}

function appliedFilters(choices: Choices, filters: ActivityFilters): AppliedFilter[] {
  const find = <T extends { slug: string }>(items: T[], slug: string) =>
    items.find((item) => item.slug === slug) ?? null
  return [
    ...filters.projects.map((value) => ({
      kind: 'project' as const,
      value,
      item: find(choices.projects, value),
    })),
    ...filters.clusters.map((value) => ({
      kind: 'cluster' as const,
      value,
      item: find(choices.clusters, value),
    })),
    ...filters.statuses.map((value) => ({ kind: 'status' as const, value })),
    ...filters.organizations.map((value) => ({
      kind: 'organization' as const,
      value,
      item: find(choices.organizations, value),
    })),
    ...(filters.query ? [{ kind: 'query' as const, value: filters.query }] : []),
  ].map((filter) => ({ ...filter, removeSearch: without(filters, filter.kind, filter.value) }))
}

/** How many of the shown rows each item has. */
function tally<T>(
  shown: FilterRow[],
  items: T[],
  keyOf: (item: T) => string,
  rowKey: (row: FilterRow) => string,
): Tally<T>[] {
  // One pass over the rows: at 1,000 projects there are 24,000 rows and 4,000 clusters.
  const counts = new Map<string, number>()
  for (const row of shown) counts.set(rowKey(row), (counts.get(rowKey(row)) ?? 0) + 1)
  return items.map((item) => ({ key: keyOf(item), item, count: counts.get(keyOf(item)) ?? 0 }))
}

/** A count table of at most MAX_CHOICES rows, the rest added up in one. */
function tallies<T>(all: Tally<T>[]): Tallies<T> {
  const { shown, hidden } = mostCounted(all)
  if (hidden === 0) return { rows: shown, rest: null }
  const listed = new Set(shown)
  const others = all.filter((row) => !listed.has(row))
  return {
    rows: shown,
    rest: { items: hidden, count: others.reduce((sum, row) => sum + row.count, 0) },
  }
}

/**
 * Everything an activity list shows, derived from its data: the filter groups with their counts,
 * the filters in force, the sort choices, the summary counts. Sorting of names uses the page
 * language's collator, so the component needs no logic of its own.
 */
export function activityReportView(data: ActivityReportData, collator: Intl.Collator): ReportView {
  const { rows, shown, page, filters, counts } = data
  const choices = choicesOf(rows, collator)
  return {
    facets: facetsOf(choices, counts, filters),
    applied: appliedFilters(choices, filters),
    query: { param: FILTER_PARAMS.query, value: filters.query, maxLength: MAX_QUERY_LENGTH },
    sort: { param: FILTER_PARAMS.sort, value: filters.sort, options: SORTS },
    // No page: the URL's `page` is not one of the list's (the page answers 404 before rendering).
    rows: page?.items ?? [],
    matching: shown.length,
    total: rows.length,
    page: page?.page ?? 1,
    pages: page?.pages ?? 1,
    search: filtersToSearch(filters),
    manyProjects: choices.projects.length > 1,
    byCluster: tallies(
      tally(
        shown,
        choices.clusters,
        (c) => c.slug,
        (row) => row.cluster.slug,
      ),
    ),
    byStatus: tally(shown, choices.statuses, (s) => s, statusOf),
  }
}
