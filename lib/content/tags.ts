/**
 * Cache tags. Every cached query carries the tags of what it reads; the webhook
 * (lib/revalidation/tags-for-change.ts) maps a changed document onto the same names.
 */
export const TAGS = {
  /**
   * The route index: which documents have pages, under which slugs. Every page reads it, so only
   * changes that move pages (create, delete, a new slug, another project or cluster) expire it.
   */
  routes: 'routes',
  /** The lists across projects: the project list and every project's activities. */
  projects: 'projects',
  /** Organisation names and acronyms (shown on most pages). */
  organizations: 'organizations',
  /** Cited pages (`source` documents): every page with a "Sources" section and the exports. */
  sources: 'sources',
  /**
   * Every read of updates (the list, one update, the home page's latest, the feed, the "Updates"
   * lists of project, cluster and activity pages): one tag, since updates are few and a new one
   * shows on most of those pages at once.
   */
  updates: 'updates',
  /** The portal's identity (siteSettings): the header and footer of every page. */
  siteSettings: 'site-settings',
  /**
   * A project document itself: its title and dates appear on every page of the project. Its
   * results are read with it (overview, cluster and activity pages), so a result carries it too.
   */
  project: (projectSlug: string) => `project:${projectSlug}`,
  /** What a project overview lists: objectives, clusters and their activity counts. */
  projectContents: (projectSlug: string) => `project-contents:${projectSlug}`,
  /** Every activity of a project (the donor list). */
  projectActivities: (projectSlug: string) => `project-activities:${projectSlug}`,
  /** A cluster page: the cluster and the titles of its activities. */
  cluster: (projectSlug: string, clusterSlug: string) => `cluster:${projectSlug}:${clusterSlug}`,
  /** An activity page. */
  activity: (projectSlug: string, activitySlug: string) =>
    `activity:${projectSlug}:${activitySlug}`,
} as const

/**
 * What a project's IATI file reads: the route index, the project with its contents, every
 * activity of it, organisations and sources. Its readiness on the lists is cached under these.
 */
export const iatiTags = (projectSlug: string) => [
  TAGS.routes,
  TAGS.project(projectSlug),
  TAGS.projectContents(projectSlug),
  TAGS.projectActivities(projectSlug),
  TAGS.organizations,
  TAGS.sources,
]
