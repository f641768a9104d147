/**
 * Which activities of a project are IATI child activities (hierarchy 2): only those with a status
 * and a start of their own. An activity that would only repeat its project's status and dates is
 * noise in a donor's system; it is carried by the project's activity instead: named in its
 * description, its results and places under the project (the readiness report says so).
 */
import type { IatiActivity, Localized } from '@/lib/content/schemas'

export const isChildActivity = (activity: IatiActivity) =>
  Boolean(activity.status && (activity.plannedStart || activity.actualStart))

/** The folded activities' titles, one a line, for the project's description (one language). */
export function activityList(titles: Localized<string>[]): Localized<string> | null {
  const [first] = titles
  if (!first) return null
  return { value: titles.map((title) => `– ${title.value}`).join('\n'), lang: first.lang }
}
