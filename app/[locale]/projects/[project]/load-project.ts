import { getProject } from '@/lib/content'
import { loadPage } from '@/lib/i18n/params'

/**
 * The project of a /projects/[project]/… page, or that language's 404 page, or a redirect to the
 * same page under the project's new slug (`pathOf` says which page that is).
 */
export async function loadProject(
  params: Promise<{ locale: string; project: string }>,
  pathOf: (project: string) => string,
) {
  const { locale, data } = await loadPage(
    params,
    (route) => pathOf(route.project),
    (locale, route) => getProject(locale, route.project),
  )
  return { locale, project: data }
}
