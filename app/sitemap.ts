import type { MetadataRoute } from 'next'
import { getPublishedRouteIndex } from '@/lib/content'
import { routing } from '@/lib/i18n/routing'
import { paths } from '@/lib/paths'
import { absoluteUrl } from '@/lib/site'

export const revalidate = 3600

/** Every routable page in every language, each entry listing its language alternates. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const { projects } = await getPublishedRouteIndex()
  const pages: { path: string; lastModified?: string }[] = [
    { path: paths.home() },
    { path: paths.projects() },
    { path: paths.allActivities() },
    ...projects.flatMap((project) => [
      { path: paths.project(project.slug), lastModified: project.updatedAt },
      { path: paths.objectives(project.slug), lastModified: project.updatedAt },
      { path: paths.aboutData(project.slug), lastModified: project.updatedAt },
      { path: paths.activities(project.slug), lastModified: project.updatedAt },
      ...project.clusters.map((c) => ({
        path: paths.cluster(project.slug, c.slug),
        lastModified: c.updatedAt,
      })),
      ...project.activities.map((a) => ({
        path: paths.activity(project.slug, a.slug),
        lastModified: a.updatedAt,
      })),
    ]),
  ]
  return pages.flatMap(({ path, lastModified }) =>
    routing.locales.map((locale) => ({
      url: absoluteUrl(path, locale),
      lastModified,
      alternates: {
        languages: Object.fromEntries(routing.locales.map((l) => [l, absoluteUrl(path, l)])),
      },
    })),
  )
}
