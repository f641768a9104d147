/**
 * The URL query parameters of the activity lists. A URL that carries any of them is a filtered
 * view and is rendered per request; one without them is the generated list (next.config.ts).
 */
export const FILTER_PARAMS = {
  project: 'project',
  cluster: 'cluster',
  status: 'status',
  organization: 'org',
  query: 'q',
  sort: 'sort',
} as const

type QueryRewrite = { source: string; destination: string; has: { type: 'query'; key: string }[] }

/**
 * Rewrites (before the file system) that send a list URL with filters to its per-request route.
 * `has` conditions are evaluated by Next's router, so the generated list costs nothing extra. The
 * `filtered-activities` routes sit beside the lists, not under them, so that no activity slug
 * (`activities/[activity]`) can collide with them.
 */
export function filteredListRewrites(locales: readonly string[]): QueryRewrite[] {
  const locale = `:locale(${locales.join('|')})`
  const lists = [
    {
      source: `/${locale}/projects/:project/activities`,
      destination: '/:locale/projects/:project/filtered-activities',
    },
    { source: `/${locale}/activities`, destination: '/:locale/filtered-activities' },
  ]
  return lists.flatMap((list) =>
    Object.values(FILTER_PARAMS).map((key) => ({ ...list, has: [{ type: 'query', key }] })),
  )
}
