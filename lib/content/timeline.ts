/**
 * What the project timeline shows: the project's planned and actual periods, the activities that
 * have dates of their own (the others would only repeat the project's), the dated figures of its
 * results and the start of a next phase. Positions are fractions of the time span, whole years.
 */
import { endOfPartialDate } from './vocabulary'
import type { Localized, Project } from './schemas'

type Span = { start: string; end: string | null }

export type TimelineRow = {
  key: string
  label: Localized<string>
  /** The activity's number ("1.5"); none for the project. */
  number: string | null
  planned: Span | null
  actual: Span | null
}

export type TimelineMarker = {
  key: string
  date: string
  kind: 'followUp' | 'figure'
  label: Localized<string> | null
}

export type Timeline = {
  rows: TimelineRow[]
  markers: TimelineMarker[]
  /** Years at whose start the axis has a tick. */
  years: number[]
  /** Position of a date between the first and the last tick, 0–1. */
  position: (date: string, edge: 'start' | 'end') => number
  activitiesWithDates: number
}

const time = (date: string, edge: 'start' | 'end') =>
  Date.parse(
    `${edge === 'end' ? endOfPartialDate(date) : date.length === 7 ? `${date}-01` : date}T00:00:00Z`,
  )

const span = (start: string | null, end: string | null): Span | null =>
  start ? { start, end } : end ? { start: end, end } : null

export function projectTimeline(project: Project): Timeline {
  const projectRow: TimelineRow = {
    key: project.id,
    label: project.shortTitle,
    number: null,
    planned: span(project.startDate, project.plannedEnd),
    actual: project.actualStart ? span(project.actualStart, project.actualEnd) : null,
  }
  const activityRows = project.clusters.flatMap((cluster) =>
    cluster.activities.flatMap((activity): TimelineRow[] => {
      const planned = span(activity.plannedStart, activity.plannedEnd)
      const actual = span(activity.actualStart, activity.actualEnd)
      if (!planned && !actual) return []
      return [
        {
          key: activity.id,
          label: activity.title,
          number: `${cluster.order}.${activity.order}`,
          planned,
          actual,
        },
      ]
    }),
  )
  const markers: TimelineMarker[] = [
    ...(project.followUp?.startDate
      ? [
          {
            key: 'follow-up',
            date: project.followUp.startDate,
            kind: 'followUp' as const,
            label: project.followUp.title,
          },
        ]
      : []),
    ...project.results.flatMap((result) =>
      result.indicators.flatMap((indicator) =>
        indicator.periods.flatMap((period) =>
          period.start && period.actual !== null
            ? [
                {
                  key: `${result.id}:${indicator.key}:${period.key}`,
                  date: period.start,
                  kind: 'figure' as const,
                  label: result.title,
                },
              ]
            : [],
        ),
      ),
    ),
  ].sort((a, b) => a.date.localeCompare(b.date))

  const rows = [projectRow, ...activityRows]
  const dates = [
    ...rows
      .flatMap((row) => [row.planned, row.actual])
      .flatMap((s) => (s ? [s.start, s.end ?? s.start] : [])),
    ...markers.map((marker) => marker.date),
  ]
  const first = Math.min(...dates.map((date) => Number(date.slice(0, 4))))
  const last = Math.max(...dates.map((date) => Number(date.slice(0, 4)))) + 1
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i)
  const from = Date.UTC(first, 0, 1)
  const to = Date.UTC(last, 0, 1)
  return {
    rows,
    markers,
    years,
    position: (date, edge) => Math.min(1, Math.max(0, (time(date, edge) - from) / (to - from))),
    activitiesWithDates: activityRows.length,
  }
}
