/** Status and dates: what is recorded, and what an activity takes from its project (marked). */
import { projectStatus } from '@/lib/content/facts'
import type { IatiActivity } from '@/lib/content/schemas'
import { citationOf } from '@/lib/content/schemas/sources'
import { STATUSES, type Status } from '@/lib/content/vocabulary'
import { fullDate, type IatiContext } from './context'
import { comment, el, type XmlNode } from './xml'

function statusElement(status: Status) {
  return el(
    'activity-status',
    { code: STATUSES[status].iatiCode },
    { requires: ['code'], required: true },
  )
}

function date(type: '1' | '2' | '3' | '4', value: string | null) {
  return el(
    'activity-date',
    { type, 'iso-date': fullDate(value) },
    { requires: ['type', 'iso-date'] },
  )
}

/** An actual date says an event happened: written only where a cited source says so. */
export const sourcedActual = (context: IatiContext, fact: 'actualStart' | 'actualEnd') =>
  citationOf(context.project.citations, fact) ? context.project[fact] : null

export function projectStatusAndDates(context: IatiContext): XmlNode[] {
  const project = context.project
  const { status, derived } = projectStatus(project)
  const unsourced = (['actualStart', 'actualEnd'] as const).filter(
    (fact) => project[fact] && !sourcedActual(context, fact),
  )
  return [
    derived ? comment(`Status not recorded; derived from the project's dates (${status}).`) : null,
    statusElement(status),
    date('1', project.startDate),
    ...unsourced.map((fact) =>
      comment(
        `The ${fact} (${project[fact]}) has no cited source; an actual date is not exported without one.`,
      ),
    ),
    date('2', sourcedActual(context, 'actualStart')),
    project.plannedEnd && !fullDate(project.plannedEnd)
      ? comment(
          `Planned end known to the month only (${project.plannedEnd}); not exported as a date.`,
        )
      : date('3', project.plannedEnd),
    project.actualEnd && !fullDate(project.actualEnd)
      ? comment(
          `Actual end known to the month only (${project.actualEnd}); not exported as a date.`,
        )
      : date('4', sourcedActual(context, 'actualEnd')),
  ].filter((node): node is XmlNode => node !== null)
}

/**
 * An activity's status and dates. IATI requires both; where the activity has none of its own, the
 * file gives the project's status and planned dates and says so in a comment (the page and the
 * readiness list say it too), rather than presenting them as the activity's own.
 */
export function activityStatusAndDates(context: IatiContext, activity: IatiActivity): XmlNode[] {
  const project = context.project
  const nodes: XmlNode[] = []
  if (activity.status) {
    nodes.push(statusElement(activity.status))
  } else {
    const { status } = projectStatus(project)
    nodes.push(comment('No status of its own is recorded: this is the parent project’s status.'))
    nodes.push(statusElement(status))
  }
  const ownStart = activity.plannedStart ?? activity.actualStart
  if (!ownStart) {
    nodes.push(
      comment('No start date of its own is recorded: this is the parent project’s planned start.'),
    )
    nodes.push(date('1', project.startDate))
  } else {
    nodes.push(date('1', activity.plannedStart), date('2', activity.actualStart))
  }
  if (!activity.plannedEnd && !activity.actualEnd && fullDate(project.plannedEnd)) {
    nodes.push(
      comment('No end date of its own is recorded: this is the parent project’s planned end.'),
    )
    nodes.push(date('3', project.plannedEnd))
  } else {
    nodes.push(date('3', activity.plannedEnd), date('4', activity.actualEnd))
  }
  return nodes
}
