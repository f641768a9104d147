import { getProject } from '@/lib/content'
import { loadOr404 } from '@/lib/i18n/params'

/** The project of a /projects/[project]/… page, or that language's 404 page. */
export async function loadProject(params: Promise<{ locale: string; project: string }>) {
  const { locale, data } = await loadOr404(params, (locale, p) => getProject(locale, p.project))
  return { locale, project: data }
}
