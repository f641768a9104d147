/** Locale-less paths of the portal's pages; `Link` and `getPathname` add the locale prefix. */
export const paths = {
  home: () => '/',
  projects: () => '/projects',
  project: (project: string) => `/projects/${project}`,
  objectives: (project: string) => `/projects/${project}/objectives`,
  cluster: (project: string, cluster: string) => `/projects/${project}/clusters/${cluster}`,
  activity: (project: string, activity: string) => `/projects/${project}/activities/${activity}`,
}
