/**
 * Cache tags: every cached query carries the tags of the documents it reads, and the webhook
 * (app/api/revalidate) maps a changed document onto the same names. Keep both sides here.
 */
export const TAGS = {
  /** Anything that lists or counts projects. */
  projects: 'projects',
  /** Anything that shows organisations (names appear on most pages). */
  organizations: 'organizations',
  /** One project and everything shown on its pages (objectives, clusters, activities). */
  project: (slug: string) => `project:${slug}`,
  cluster: (slug: string) => `cluster:${slug}`,
  activity: (slug: string) => `activity:${slug}`,
} as const
