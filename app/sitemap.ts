import type { MetadataRoute } from 'next'
import { getPublishedRouteIndex } from '@/lib/content'
import { updatePages } from '@/lib/site/updates'
import { routing, type Locale } from '@/lib/i18n/routing'
import { paths } from '@/lib/paths'
import { absoluteUrl } from '@/lib/site'

export const revalidate = 3600

/** Every routable page in every language, each entry listing its language alternates. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const { projects, updates } = await getPublishedRouteIndex()
  const pages: { path: string; lastModified?: string }[] = [
    { path: paths.home() },
    { path: paths.projects() },
    { path: paths.allActivities() },
    { path: paths.updates() },
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
  return [
    ...pages.flatMap(({ path, lastModified }) => inLanguages(path, routing.locales, lastModified)),
    ...updatePages(updates)
      .map(({ slug, languages, updatedAt }) =>
        inLanguages(paths.update(slug), languages, updatedAt),
      )
      .flat(),
  ]
}

/** A page's entries in the languages it exists in, each listing the others as alternates. */
function inLanguages(path: string, languages: readonly Locale[], lastModified?: string) {
  return languages.map((locale) => ({
    url: absoluteUrl(path, locale),
    lastModified,
    alternates: {
      languages: Object.fromEntries(languages.map((l) => [l, absoluteUrl(path, l)])),
    },
  }))
}
