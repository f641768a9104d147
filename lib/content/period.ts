/**
 * Which dates a page, a list or an export shows: one definition, so an activity never shows its
 * project's dates as if they were its own.
 */
type ProjectDates = { startDate: string; plannedEnd: string | null; actualEnd: string | null }

export type Period = {
  start: string
  /** The end, or null when none is known. */
  end: string | null
  /** The end is planned (no actual end is recorded yet). */
  endIsPlanned: boolean
  /** Start or end comes from the project because the activity has no date of its own. */
  startInherited: boolean
  endInherited: boolean
}

/** A project's period: its start and its actual end, else its planned end. */
export function projectPeriod(project: ProjectDates): Period {
  return {
    start: project.startDate,
    end: project.actualEnd ?? project.plannedEnd,
    endIsPlanned: !project.actualEnd && Boolean(project.plannedEnd),
    startInherited: false,
    endInherited: false,
  }
}

/** An activity's period: its own dates where recorded, else its project's, marked as such. */
export function activityPeriod(activity: {
  startDate: string | null
  endDate: string | null
  project: ProjectDates
}): Period {
  const project = projectPeriod(activity.project)
  return {
    start: activity.startDate ?? project.start,
    end: activity.endDate ?? project.end,
    endIsPlanned: activity.endDate ? false : project.endIsPlanned,
    startInherited: !activity.startDate,
    endInherited: !activity.endDate && project.end !== null,
  }
}
