/**
 * The activity index: what the list across projects filters, sorts and counts by
 * (lib/content/queries.ts, `activityIndexQuery`), validated into rows shaped like the list's own
 * (`ReportingActivity`) for those fields, so that the same filter code serves both. Each project,
 * cluster and organisation is validated once and shared by its rows, not once per activity.
 */
import { z } from 'zod'
import type { Locale } from '@/lib/i18n/routing'
import { normalizeForSearch } from '@/lib/reporting/search'
import type { QueryResults } from '../queries'
import { ORGANIZATION_ROLE_VALUES, STATUS_VALUES, isOneOf } from '../vocabulary'
import { reportingProjectSchema, searchTextSchema, type ReportingActivity } from './activity'
import type { SchemaFor } from './matches-query'
import { organizationSchema, type Organization } from './organization'
import { perLocale } from './primitives'
import { clusterRefSchema, orderedItemShape } from './project'
import { validItems } from './validate'

/** An activity as the list filters it: the fields of a `ReportingActivity` that filters read. */
export type IndexedActivity = Pick<
  ReportingActivity,
  'id' | 'title' | 'status' | 'project' | 'cluster' | 'organizations' | 'searchText'
> & {
  /** `searchText` normalised for search, once per content version rather than per search. */
  searchWords: string
}

type IndexResult = QueryResults['activityIndexQuery']
type ItemOf<T> = T extends readonly (infer Item)[] ? Item : never

const indexedActivitySchema = perLocale((locale: Locale) =>
  z.object({
    ...orderedItemShape(locale),
    status: z.enum(STATUS_VALUES).nullish(),
    project: z.string().nullish(),
    cluster: z.string().nullish(),
    organizations: z
      .array(z.object({ role: z.string().nullish(), organization: z.string().nullish() }))
      .nullish()
      .catch(null),
    search: z.object({ title: z.unknown() }).nullish().catch(null),
  }),
)

/** Compile-time ties of each list's item schema to the query's TypeGen type. */
function checked<Result, S extends z.ZodType>(schema: S & SchemaFor<Result, S>): S {
  return schema
}

const lists = z.object({
  activities: z.array(z.unknown()).nullish(),
  projects: z.array(z.unknown()).nullish(),
  clusters: z.array(z.unknown()).nullish(),
  organizations: z.array(z.unknown()).nullish(),
})

/** Raw items by their `id` (the lists' words in every language). */
function rawById(items: unknown[]): Map<string, unknown> {
  const found = new Map<string, unknown>()
  for (const item of items) {
    const id: unknown = item && typeof item === 'object' ? Reflect.get(item, 'id') : undefined
    if (typeof id === 'string') found.set(id, item)
  }
  return found
}

/**
 * An activity's search text as `reportingActivitySchema` makes it from the list query's `search`
 * (its title, its cluster's titles and its organisations' names in every language), from the
 * raw cluster and organisations here: the same words, without a dereference per activity.
 */
function searchTextOf(title: unknown, cluster: unknown, organizations: unknown[]): string {
  return searchTextSchema.catch('').parse({ title, cluster: cluster ?? null, organizations })
}

function byId<T extends { id: string }>(items: T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]))
}

/**
 * The index's rows in the query's order. A row is left out where the whole row would be (no valid
 * project or cluster); an organisation role without a known role or a valid organisation is left
 * out as the list's own rows leave it out. Routability is the caller's (it changes with the routes).
 */
export function activityIndexOf(raw: unknown, locale: Locale): IndexedActivity[] {
  const parsed = lists.safeParse(raw)
  if (!parsed.success) return []
  const data = parsed.data
  const projects = byId(
    validItems(
      checked<ItemOf<IndexResult['projects']>, ReturnType<typeof reportingProjectSchema>>(
        reportingProjectSchema(locale),
      ),
      data.projects,
      'project',
    ),
  )
  const clusters = byId(
    validItems(
      checked<ItemOf<IndexResult['clusters']>, ReturnType<typeof clusterRefSchema>>(
        clusterRefSchema(locale),
      ),
      data.clusters,
      'thematic cluster',
    ),
  )
  const organizations = byId(
    validItems(organizationSchema(locale), data.organizations, 'organisation'),
  )
  // The words of clusters and organisations in every language, for the search text.
  const wordsOf = rawById([...(data.clusters ?? []), ...(data.organizations ?? [])])
  const activities = validItems(
    checked<ItemOf<IndexResult['activities']>, ReturnType<typeof indexedActivitySchema>>(
      indexedActivitySchema(locale),
    ),
    data.activities,
    'activity',
  )
  return activities.flatMap((activity) => {
    const project = activity.project ? projects.get(activity.project) : undefined
    const cluster = activity.cluster ? clusters.get(activity.cluster) : undefined
    if (!project || !cluster) return []
    const searchWords = normalizeForSearch(
      searchTextOf(activity.search?.title, wordsOf.get(activity.cluster ?? ''), [
        ...(activity.organizations ?? []).map((role) => wordsOf.get(role.organization ?? '')),
      ]),
    )
    const named = new Map<string, Organization>()
    for (const role of activity.organizations ?? []) {
      const organization = role.organization ? organizations.get(role.organization) : undefined
      if (organization && role.role && isOneOf(ORGANIZATION_ROLE_VALUES, role.role))
        named.set(organization.id, organization)
    }
    return [
      {
        id: activity.id,
        title: activity.title,
        status: activity.status ?? null,
        project,
        cluster,
        organizations: [...named.values()],
        // Normalised once; the raw text is not kept beside it (nothing shows it).
        searchText: searchWords,
        searchWords,
      },
    ]
  })
}
