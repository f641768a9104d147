import { loadPage } from '@/lib/content'

/**
 * The project of a /projects/[project]/… page, or that language's 404 page, or a redirect to the
 * same page under the project's new slug (`pathOf` says which page that is).
 */
export async function loadProject(
  params: Promise<{ locale: string; project: string }>,
  pathOf: (project: string) => string,
) {
  const { locale, data } = await loadPage(params, 'project', (route) => pathOf(route.project))
  return { locale, project: data }
}
