/**
 * Which sources a page cites, in the order its sections show the facts: key figures first, then
 * organisations, results and places. Labels come from the caller (translated); this module only
 * knows where in the data each fact's sources are.
 */
import { FUNDING_FACT_VALUES } from './donor-vocabulary'
import { activityStatus, hasOwnDates } from './period'
import type { CitedGroup } from './source-index'
import type { Activity, Project, Result } from './schemas'
import { citationOf, type Citation, type Fact } from './schemas/sources'

export type CitedLabels = {
  fact: (fact: Fact) => string
  role: (organization: string) => string
  location: (name: string) => string
  result: (title: string) => string
}

/** A project's dates, in the order they are shown: the actual ones before the planned ones. */
const DATE_FACTS: Fact[] = ['actualStart', 'actualEnd', 'startDate', 'plannedEnd']

/** The facts of the key figures, in the order they are shown: the money first, then the dates. */
export const KEY_FACTS: Fact[] = [
  ...FUNDING_FACT_VALUES,
  ...DATE_FACTS,
  'status',
  'officialName',
  'officialShortName',
  'followUp',
  'sectorCodes',
  'contact',
]

function facts(citations: Citation[], order: Fact[], labels: CitedLabels): CitedGroup[] {
  return order.flatMap((fact) => {
    const citation = citationOf(citations, fact)
    return citation ? [{ label: labels.fact(fact), sources: citation.sources }] : []
  })
}

/** The sources of results and of their indicators' figures. */
export function resultCitedGroups(results: Result[], labels: CitedLabels): CitedGroup[] {
  return results.map((result) => ({
    label: labels.result(result.title.value),
    sources: [...result.sources, ...result.indicators.flatMap((indicator) => indicator.sources)],
  }))
}

export function projectCitedGroups(project: Project, labels: CitedLabels): CitedGroup[] {
  return [
    ...facts(project.citations, KEY_FACTS, labels),
    ...project.organizations.map((entry) => ({
      label: labels.role(entry.organization.name.value),
      sources: entry.sources,
    })),
    ...resultCitedGroups(project.results, labels),
    ...project.locations.map((location) => ({
      label: labels.location(location.name.value),
      sources: location.sources,
    })),
  ]
}

/** An activity's page cites its own facts, and its project's where it shows them as inherited. */
export function activityCitedGroups(activity: Activity, labels: CitedLabels): CitedGroup[] {
  const inherited: Fact[] = [
    ...(activityStatus(activity).inherited ? (['status'] as const) : []),
    ...(hasOwnDates(activity) ? [] : DATE_FACTS),
  ]
  return [
    ...facts(activity.citations, ['status', 'dates', 'description'], labels),
    ...facts(activity.project.citations, inherited, labels),
    ...activity.organizationRoles.map((entry) => ({
      label: labels.role(entry.organization.name.value),
      sources: entry.sources,
    })),
    ...resultCitedGroups(activity.results, labels),
    ...activity.locations.map((location) => ({
      label: labels.location(location.name.value),
      sources: location.sources,
    })),
  ]
}
