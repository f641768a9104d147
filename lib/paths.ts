/** Locale-less paths of the portal's pages; `Link` and `getPathname` add the locale prefix. */
export const paths = {
  home: () => '/',
  projects: () => '/projects',
  project: (project: string) => `/projects/${project}`,
  objectives: (project: string) => `/projects/${project}/objectives`,
  /**
   * "About this data": a project's facts with their sources quoted and accessed, the method, what
   * is still missing and the IATI file's readiness. Formerly `/facts` (next.config.ts redirects).
   */
  aboutData: (project: string) => `/projects/${project}/about-data`,
  cluster: (project: string, cluster: string) => `/projects/${project}/clusters/${cluster}`,
  activity: (project: string, activity: string) => `/projects/${project}/activities/${activity}`,
  /** The donor list of one project's activities, and its CSV export. */
  activities: (project: string) => `/projects/${project}/activities`,
  activitiesCsv: (project: string) => `/projects/${project}/activities.csv`,
  /** The donor list across all projects, and its CSV export. */
  allActivities: () => '/activities',
  allActivitiesCsv: () => '/activities.csv',
  /** News: the list (newest first, `?page=N`), one update, and the language's Atom feed. */
  updates: () => '/updates',
  update: (update: string) => `/updates/${update}`,
  updatesFeed: () => '/updates/feed.xml',
}

/** The IATI activity file of a project (language-neutral: it holds both languages). */
export const iatiPath = (project: string) => `/api/iati/${project}`

/**
 * The social preview images (lib/social-image): the portal's, and each project's, cluster's and
 * activity's (a project's pages share its image).
 */
export const socialImagePaths = {
  site: () => '/social-image.png',
  project: (project: string) => `/projects/${project}/social-image.png`,
  cluster: (project: string, cluster: string) =>
    `/projects/${project}/clusters/${cluster}/social-image.png`,
  activity: (project: string, activity: string) =>
    `/projects/${project}/activities/${activity}/social-image.png`,
  update: (update: string) => `/updates/${update}/social-image.png`,
}
