import 'server-only'
import { unstable_cache } from 'next/cache'
import { CONTENT_REVALIDATE_SECONDS } from '@/lib/content'
import { iatiTags } from '@/lib/content/tags'
import type { IatiReport } from '.'
import { loadIati } from './load'

export type IatiReadiness = Pick<IatiReport, 'gaps' | 'rules' | 'publishable' | 'identifier'>

/**
 * Whether a project's IATI file could be published, for its activity list. Filtered lists render
 * per request, and building and checking the file (both languages' project and activities read and
 * validated, then IATI's ruleset) took most of their time: 22 instead of 115 requests/s. So the
 * verdict is cached like the content it comes from, under the same tags: the webhook that changes
 * the file changes the verdict.
 */
export function getIatiReadiness(projectSlug: string): Promise<IatiReadiness | null> {
  return unstable_cache(
    async () => {
      const report = await loadIati(projectSlug)
      if (!report) return null
      const { gaps, rules, publishable, identifier } = report
      return { gaps, rules, publishable, identifier }
    },
    ['iati-readiness', projectSlug],
    { tags: iatiTags(projectSlug), revalidate: CONTENT_REVALIDATE_SECONDS },
  )()
}
