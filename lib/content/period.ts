/**
 * Which dates and which status a page, a list or an export shows: one definition, so an activity
 * never shows its project's dates or status as if they were its own. Actual dates win over planned
 * ones; an activity without dates of its own shows its project's, marked as inherited.
 */
import type { Status } from './vocabulary'

type ProjectDates = {
  /** The planned start (always recorded). */
  startDate: string
  plannedEnd: string | null
  actualStart: string | null
  actualEnd: string | null
}

type ActivityDates = {
  plannedStart: string | null
  plannedEnd: string | null
  actualStart: string | null
  actualEnd: string | null
}

export type Period = {
  start: string
  /** The end, or null when none is known. */
  end: string | null
  /** No actual start is recorded: the start is the planned one. */
  startIsPlanned: boolean
  /** No actual end is recorded: the end is the planned one. */
  endIsPlanned: boolean
  /** Start or end comes from the project because the activity has no date of its own. */
  startInherited: boolean
  endInherited: boolean
}

/** A project's period: its actual start and end where recorded, else the planned ones. */
export function projectPeriod(project: ProjectDates): Period {
  return {
    start: project.actualStart ?? project.startDate,
    end: project.actualEnd ?? project.plannedEnd,
    startIsPlanned: !project.actualStart,
    endIsPlanned: !project.actualEnd && Boolean(project.plannedEnd),
    startInherited: false,
    endInherited: false,
  }
}

/** Whether an activity has any date of its own. */
export function hasOwnDates(activity: ActivityDates): boolean {
  return Boolean(
    activity.plannedStart || activity.plannedEnd || activity.actualStart || activity.actualEnd,
  )
}

/** An activity's period: its own dates where recorded, else its project's, marked as such. */
export function activityPeriod(activity: ActivityDates & { project: ProjectDates }): Period {
  const project = projectPeriod(activity.project)
  const ownStart = activity.actualStart ?? activity.plannedStart
  const ownEnd = activity.actualEnd ?? activity.plannedEnd
  return {
    start: ownStart ?? project.start,
    end: ownEnd ?? project.end,
    startIsPlanned: ownStart ? !activity.actualStart : project.startIsPlanned,
    endIsPlanned: ownEnd ? !activity.actualEnd : project.endIsPlanned,
    startInherited: !ownStart,
    endInherited: !ownEnd && project.end !== null,
  }
}

export type StatusShown = { status: Status | null; inherited: boolean }

/** An activity's status: its own where recorded, else its project's, marked as inherited. */
export function activityStatus(activity: {
  status: Status | null
  project: { status: Status | null }
}): StatusShown {
  if (activity.status) return { status: activity.status, inherited: false }
  return { status: activity.project.status, inherited: activity.project.status !== null }
}
