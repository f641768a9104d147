import { stringify } from 'csv-stringify/sync'
import type { Locale } from '@/lib/i18n/routing'
import { activityPeriod, activityStatus, hasOwnDates } from '@/lib/content/facts'
import type { ReportingActivity } from '@/lib/content/schemas'
import { citationOf, type Fact } from '@/lib/content/schemas/sources'

export type CsvHeader =
  | 'project'
  | 'clusterNumber'
  | 'cluster'
  | 'activityNumber'
  | 'activity'
  | 'status'
  | 'statusInherited'
  | 'organizations'
  | 'start'
  | 'end'
  | 'endPlanned'
  | 'datesInherited'
  | 'clusterBudget'
  | 'clusterShare'
  | 'currency'
  | 'sources'
  | 'url'

export type CsvLabels = {
  headers: Record<CsvHeader, string>
  status: (status: NonNullable<ReportingActivity['status']>) => string
  yes: string
  no: string
}

type Language = { locale: Locale; activities: ReportingActivity[]; labels: CsvLabels }

/** The budget of the activity's thematic cluster and its share of the project's, where recorded. */
function clusterBudget(activity: ReportingActivity) {
  const total = activity.project.totalBudget
  const entry = activity.project.budgetByCluster.find(
    (item) => item.cluster === activity.cluster.id,
  )
  if (!total || !entry) return { amount: '', share: '', currency: '' }
  const share = total.amount > 0 ? ((entry.amount / total.amount) * 100).toFixed(1) : ''
  return { amount: String(entry.amount), share, currency: total.currency }
}

/**
 * The addresses of the pages the row's facts rest on: the activity's own status and dates, or
 * the project's where the row shows those, the budget figures and the organisations' roles.
 */
function sourceUrls(activity: ReportingActivity, budgetShown: boolean): string {
  const project = activity.project
  const fromProject = (facts: Fact[]) =>
    facts.flatMap((fact) => citationOf(project.citations, fact)?.sources ?? [])
  const fromActivity = (fact: Fact) => citationOf(activity.citations, fact)?.sources ?? []
  const sources = [
    ...(activityStatus(activity).inherited ? fromProject(['status']) : fromActivity('status')),
    ...(hasOwnDates(activity)
      ? fromActivity('dates')
      : fromProject(['actualStart', 'actualEnd', 'startDate', 'plannedEnd'])),
    ...(budgetShown ? project.budgetCitations.flatMap((citation) => citation.sources) : []),
    ...activity.organizationRoles.flatMap((entry) => entry.sources),
  ]
  return [...new Set(sources.map((source) => source.url))].join(' ; ')
}

/**
 * The activity list as CSV (RFC 4180 via csv-stringify: CRLF, quotes doubled, fields with commas,
 * quotes or line breaks quoted), UTF-8 with a byte-order mark so spreadsheet programs read
 * Georgian correctly. One language, or several side by side (column names get "(ka)", "(en)").
 * Status and dates are the activity's own, or its project's with a column that says so.
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
  const perLanguage = (name: CsvHeader) =>
    languages.map(({ locale, labels }) => labels.headers[name] + suffix(locale))
  const once = (name: CsvHeader) => primary.labels.headers[name]
  const yesNo = (value: boolean) => (value ? primary.labels.yes : primary.labels.no)

  const header = [
    ...perLanguage('project'),
    once('clusterNumber'),
    ...perLanguage('cluster'),
    once('activityNumber'),
    ...perLanguage('activity'),
    ...perLanguage('status'),
    once('statusInherited'),
    ...perLanguage('organizations'),
    once('start'),
    once('end'),
    once('endPlanned'),
    once('datesInherited'),
    once('clusterBudget'),
    once('clusterShare'),
    once('currency'),
    once('sources'),
    ...perLanguage('url'),
  ]

  const rows = primary.activities.map((activity) => {
    const versions = byId.map((map) => map.get(activity.id) ?? activity)
    const each = (pick: (version: ReportingActivity, language: Language) => string) =>
      versions.map((version, i) => pick(version, languages[i] ?? primary))
    const period = activityPeriod(activity)
    const status = activityStatus(activity)
    const budget = clusterBudget(activity)
    return [
      ...each((v) => v.project.title.value),
      String(activity.cluster.order),
      ...each((v) => v.cluster.title.value),
      `${activity.cluster.order}.${activity.order}`,
      ...each((v) => v.title.value),
      ...each((_v, language) => language.labels.status(status.status)),
      yesNo(status.inherited),
      ...each((v) => v.organizations.map((organization) => organization.name.value).join('; ')),
      period.start,
      period.end ?? '',
      period.end ? yesNo(period.endIsPlanned) : '',
      yesNo(period.startInherited || period.endInherited),
      budget.amount,
      budget.share,
      budget.currency,
      sourceUrls(activity, budget.amount !== ''),
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
