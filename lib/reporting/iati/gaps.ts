/**
 * What keeps the file from being publishable that IATI's ruleset cannot see, read from the data:
 * an identifier that is not IOM's registered one, statuses and dates the activities only take
 * from their project, and facts that are missing. `blocking` gaps must be closed before the file
 * is published; the others make it incomplete.
 */
import { GENDER_MARKER } from '@/lib/content/donor-vocabulary'
import { projectStatus } from '@/lib/content/facts'
import { isLocalAddress } from '@/lib/env/site-url'
import type { IatiContext } from './context'
import { missingDefaults } from './defaults'
import { sourcedActual } from './facts'
import { isChildActivity } from './hierarchy'
import { fundingAndImplementing } from './organisations'
import { fullDate } from './context'

export type GapCode =
  | 'localAddress'
  | 'provisionalIdentifier'
  | 'derivedStatus'
  | 'activitiesInProject'
  | 'plannedEndMonthOnly'
  | 'actualEndMonthOnly'
  | 'noBudget'
  | 'unsourcedActualDate'
  | 'noAnnualBudgets'
  | 'missingClassifications'
  | 'assumedDefault'
  | 'undatedPeriods'
  | 'noAggregationStatus'
  | 'unsourcedSectors'
  | 'missingOrgRefs'
  | 'noTransactions'
  | 'noGenderMarker'
  | 'assumedPolicyMarker'

export type Gap = {
  code: GapCode
  blocking: boolean
  /** Values the message shows: a count, an identifier, a date, names of fields. */
  values: Record<string, string | number>
}

export function dataGaps(context: IatiContext): Gap[] {
  const { project, identifier } = context
  const activities = context.primary.activities
  const gaps: Gap[] = []
  const add = (code: GapCode, blocking: boolean, values: Gap['values'] = {}) =>
    gaps.push({ code, blocking, values })

  if (isLocalAddress(context.input.siteUrl)) {
    add('localAddress', true, { address: context.input.siteUrl })
  }
  if (identifier.provisional) add('provisionalIdentifier', true, { identifier: identifier.value })
  if (projectStatus(project).derived) add('derivedStatus', true)
  const folded = activities.filter((activity) => !isChildActivity(activity)).length
  if (folded) add('activitiesInProject', false, { count: folded, total: activities.length })

  if (project.plannedEnd && !fullDate(project.plannedEnd) && !fullDate(project.actualEnd)) {
    add('plannedEndMonthOnly', false, { value: project.plannedEnd })
  }
  if (project.actualEnd && !fullDate(project.actualEnd)) {
    add('actualEndMonthOnly', false, { value: project.actualEnd })
  }
  for (const fact of ['actualStart', 'actualEnd'] as const) {
    if (project[fact] && !sourcedActual(context, fact)) add('unsourcedActualDate', false, { fact })
  }
  if (!project.totalBudget && project.annualBudgets.length === 0) add('noBudget', false)
  if (project.totalBudget && project.annualBudgets.length === 0) add('noAnnualBudgets', true)
  const missing = missingDefaults(project)
  if (missing.length)
    add('missingClassifications', false, { count: missing.length, fields: missing.join(', ') })
  for (const value of context.defaults.values()) {
    if (value.basis !== 'sourced')
      add('assumedDefault', false, { field: value.field, code: value.code })
  }
  const undated = project.results
    .flatMap((result) => result.indicators)
    .flatMap((indicator) => indicator.periods)
    .filter((period) => !period.start).length
  if (undated) add('undatedPeriods', false, { count: undated })
  const unaggregated = project.results.filter((result) => result.aggregationStatus === null)
  if (unaggregated.length) add('noAggregationStatus', false, { count: unaggregated.length })
  const sectorSourced = project.citations.some((citation) => citation.fact === 'sectorCodes')
  if (project.sectorCodes.length && !sectorSourced) {
    add('unsourcedSectors', false, { codes: project.sectorCodes.join(', ') })
  }
  const withoutRef = fundingAndImplementing(context)
    .filter((entry) => !entry.organization.iatiIdentifier)
    .map((entry) => entry.organization.name.value)
  if (withoutRef.length)
    add('missingOrgRefs', false, { names: [...new Set(withoutRef)].join('; ') })
  return [...gaps, ...transactionAndMarkerGaps(context)]
}

/** Transactions and policy markers: what is not recorded, and markers no source states. */
function transactionAndMarkerGaps({ project }: IatiContext): Gap[] {
  const gap = (code: GapCode, values: Gap['values'] = {}): Gap => ({
    code,
    blocking: false,
    values,
  })
  const markers = project.iati.policyMarkers
  return [
    ...(project.transactions.length === 0 ? [gap('noTransactions')] : []),
    ...(markers.some((marker) => marker.code === GENDER_MARKER) ? [] : [gap('noGenderMarker')]),
    ...markers
      .filter((marker) => marker.sources.length === 0)
      .map((marker) =>
        gap('assumedPolicyMarker', { code: marker.code, significance: marker.significance }),
      ),
  ]
}

/** English lines for the file's comments (the page shows the same gaps in its own language). */
export const GAP_TEXT: Record<GapCode, (values: Gap['values']) => string> = {
  localAddress: (v) =>
    `The site's public address is not set or local (${v.address}): the file's links to the portal point to it. Set NEXT_PUBLIC_SITE_URL and build again.`,
  provisionalIdentifier: (v) =>
    `The identifier ${v.identifier} is provisional: IOM's registered identifier for the project is not recorded.`,
  derivedStatus: () => `The project's status is not recorded; the file derives it from its dates.`,
  activitiesInProject: (v) =>
    `${v.count} of ${v.total} activities have no status and start of their own: the file carries them in the project's activity (their titles in its description, their results and places under it), not as child activities.`,
  plannedEndMonthOnly: (v) => `The planned end is known to the month only (${v.value}).`,
  actualEndMonthOnly: (v) =>
    `The actual end is known to the month only (${v.value}); IATI needs a day, so it is not in the file.`,
  noBudget: () => 'No budget is recorded.',
  unsourcedActualDate: (v) =>
    `The ${v.fact === 'actualStart' ? 'actual start' : 'actual end'} has no cited source, so the file does not give it.`,
  noAnnualBudgets: () =>
    'The total budget is not split by year: IATI budgets cover at most a year, so the file has none.',
  missingClassifications: (v) => `IATI defaults not recorded: ${v.fields}.`,
  assumedDefault: (v) =>
    `The IATI default ${v.field} (${v.code}) is assumed, not taken from a source.`,
  undatedPeriods: (v) => `${v.count} indicator period(s) have no dates and are not in the file.`,
  missingOrgRefs: (v) =>
    `No organisation identifier is recorded for ${v.names}: no source the portal has states it, so its participating-org has no ref.`,
  noAggregationStatus: (v) =>
    `${v.count} result(s) do not say whether their figures can be aggregated (aggregation-status).`,
  noTransactions: () =>
    'No transaction is recorded, so the file gives none: only transactions a source states (with their day, amount and source) are published.',
  noGenderMarker: () => 'The gender equality policy marker (OECD DAC, code 1) is not recorded.',
  assumedPolicyMarker: (v) =>
    `The OECD DAC policy marker ${v.code} (significance ${v.significance}) is assumed, not taken from a source.`,
  unsourcedSectors: (v) =>
    `The DAC sector (${v.codes}) is the portal's classification; no source confirms it.`,
}
