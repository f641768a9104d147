import 'server-only'
import { resolveRoute } from '@/lib/content'
import { isSlug } from '@/lib/content/slug'

/**
 * A renamed project's export addresses (its CSV and IATI file) lead on like its pages: a permanent
 * redirect (308, the method kept) to the same export under the project's current slug, with the
 * same query (filters, `lang`). Null when the slug is current or leads nowhere (the route then
 * answers as before: the export, or 404).
 */
export async function renamedProjectRedirect(
  projectSlug: string,
  url: URL,
  pathFor: (slug: string) => string,
): Promise<Response | null> {
  if (!isSlug(projectSlug)) return null
  const resolution = await resolveRoute(projectSlug)
  if (resolution.status !== 'moved') return null
  return new Response(null, {
    status: 308,
    headers: { location: `${pathFor(resolution.to.project)}${url.search}` },
  })
}
