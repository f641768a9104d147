import { stringify } from 'csv-stringify/sync'
import type { Locale } from '@/lib/i18n/routing'
import { activityPeriod } from '@/lib/content/period'
import type { ReportingActivity } from '@/lib/content/schemas'

export type CsvLabels = {
  headers: Record<
    | 'project'
    | 'clusterNumber'
    | 'cluster'
    | 'activityNumber'
    | 'activity'
    | 'status'
    | 'organizations'
    | 'start'
    | 'end'
    | 'url',
    string
  >
  status: (status: NonNullable<ReportingActivity['status']>) => string
}

type Language = { locale: Locale; activities: ReportingActivity[]; labels: CsvLabels }

/**
 * The activity list as CSV (RFC 4180 via csv-stringify: CRLF, quotes doubled, fields with commas,
 * quotes or line breaks quoted), UTF-8 with a byte-order mark so spreadsheet programs read
 * Georgian correctly. One language, or several side by side (column names get "(ka)", "(en)").
 */
export function activitiesCsv(
  languages: Language[],
  urlOf: (activity: ReportingActivity, locale: Locale) => string,
): string {
  const [primary] = languages
  if (!primary) return '\uFEFF'
  const suffix = (locale: Locale) => (languages.length > 1 ? ` (${locale})` : '')
  const byId = languages.map(
    ({ activities }) => new Map(activities.map((activity) => [activity.id, activity])),
  )

  const header = [
    ...languages.map(({ locale, labels }) => labels.headers.project + suffix(locale)),
    primary.labels.headers.clusterNumber,
    ...languages.map(({ locale, labels }) => labels.headers.cluster + suffix(locale)),
    primary.labels.headers.activityNumber,
    ...languages.map(({ locale, labels }) => labels.headers.activity + suffix(locale)),
    ...languages.map(({ locale, labels }) => labels.headers.status + suffix(locale)),
    ...languages.map(({ locale, labels }) => labels.headers.organizations + suffix(locale)),
    primary.labels.headers.start,
    primary.labels.headers.end,
    ...languages.map(({ locale, labels }) => labels.headers.url + suffix(locale)),
  ]

  const rows = primary.activities.map((activity) => {
    const versions = byId.map((map) => map.get(activity.id) ?? activity)
    const each = (pick: (version: ReportingActivity, language: Language) => string) =>
      versions.map((version, i) => pick(version, languages[i] ?? primary))
    const { start, end } = activityPeriod(activity)
    return [
      ...each((v) => v.project.title.value),
      String(activity.cluster.order),
      ...each((v) => v.cluster.title.value),
      `${activity.cluster.order}.${activity.order}`,
      ...each((v) => v.title.value),
      ...each((v, language) => (v.status ? language.labels.status(v.status) : '')),
      ...each((v) => v.organizations.map((organization) => organization.name.value).join('; ')),
      start,
      end ?? '',
      ...each((v, language) => urlOf(v, language.locale)),
    ]
  })
  // escape_formulas: a cell starting with =, +, -, @, tab or CR (or their full-width forms) gets a
  // leading apostrophe, so spreadsheets show it as text instead of running it (OWASP, CSV injection).
  return stringify([header, ...rows], {
    bom: true,
    record_delimiter: 'windows',
    escape_formulas: true,
  })
}
