/**
 * A project's facts, in one place: which dates and status a page, a list or an export shows (its
 * own, or inherited from the project and marked so), which sources support which fact, and how a
 * page numbers the sources it cites. Built on the server from the data; components receive the
 * results.
 */
import { FUNDING_FACT_VALUES } from './donor-vocabulary'
import type { Activity, Project, Result } from './schemas'
import { citationOf, type Citation, type Fact, type Source } from './schemas/sources'
import type { Status } from './vocabulary'

// Dates and status.
/*
 * Which dates and which status a page, a list or an export shows: one definition, so an activity
 * never shows its project's dates or status as if they were its own. Actual dates win over planned
 * ones; an activity without dates of its own shows its project's, marked as inherited.
 */

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

export type StatusShown = { status: Status; inherited: boolean }

/**
 * A project's status: the recorded one, else the one its dates imply (ended → completed, started
 * → active, else planned). `derived` says which; the IATI file comments on it and the "About this
 * data" page names it among what is missing.
 */
export function projectStatus(project: {
  status: Status | null
  actualStart: string | null
  actualEnd: string | null
}): { status: Status; derived: boolean } {
  if (project.status) return { status: project.status, derived: false }
  if (project.actualEnd) return { status: 'completed', derived: true }
  if (project.actualStart) return { status: 'active', derived: true }
  return { status: 'planned', derived: true }
}

/** An activity's status: its own where recorded, else its project's, marked as inherited. */
export function activityStatus(activity: {
  status: Status | null
  project: { status: Status | null; actualStart: string | null; actualEnd: string | null }
}): StatusShown {
  if (activity.status) return { status: activity.status, inherited: false }
  return { status: projectStatus(activity.project).status, inherited: true }
}

/**
 * The facts a project's public pages leave out because the data does not hold them (or, for the
 * status, only implies them): the "About this data" page names them once, where the pages say
 * nothing. The EU's share is expected only of an EU-funded project.
 */
export function missingFacts(
  project: Pick<
    Project,
    | 'totalBudget'
    | 'euContribution'
    | 'fundingProgramme'
    | 'fundingReference'
    | 'status'
    | 'actualStart'
    | 'actualEnd'
    | 'contact'
  >,
  { euFunded }: { euFunded: boolean },
): Fact[] {
  const gaps: [Fact, boolean][] = [
    ['totalBudget', !project.totalBudget],
    ['euContribution', euFunded && !project.euContribution],
    ['fundingProgramme', !project.fundingProgramme],
    ['fundingReference', !project.fundingReference],
    ['status', projectStatus(project).derived],
    ['contact', !project.contact],
  ]
  return gaps.filter(([, missing]) => missing).map(([fact]) => fact)
}

// Sources: how a page numbers them.
/*
 * Numbers the sources a page cites, in the order the page first cites them, so that every fact
 * can point to "Source 3" and the page's "Sources" section lists each cited page once, with what
 * it supports. Built on the server from the data; components receive the finished index.
 */

export type SourceEntry = { number: number; source: Source; supports: string[] }

export type SourceIndex = {
  entries: SourceEntry[]
  /** The numbers of these sources, in ascending order (none for sources not in the index). */
  numbers: (sources: Source[]) => number[]
  /**
   * The locale-less path of the page that lists these sources, when it is not the page citing
   * them (the objectives page cites the sources "About this data" lists).
   */
  listedAt?: string
}

/** Sources and what they support on the page, named as the page names it. */
export type CitedGroup = { label: string; sources: Source[] }

export function buildSourceIndex(groups: CitedGroup[]): SourceIndex {
  const byId = new Map<string, SourceEntry>()
  for (const group of groups) {
    for (const source of group.sources) {
      let entry = byId.get(source.id)
      if (!entry) {
        entry = { number: byId.size + 1, source, supports: [] }
        byId.set(source.id, entry)
      }
      if (!entry.supports.includes(group.label)) entry.supports.push(group.label)
    }
  }
  return {
    entries: [...byId.values()],
    numbers: (sources) =>
      [...new Set(sources.map((source) => byId.get(source.id)?.number))]
        .filter((number): number is number => number !== undefined)
        .sort((a, b) => a - b),
  }
}

/** The same numbering, for a page whose references lead to the sources listed on `path`. */
export function listedOn(index: SourceIndex, path: string): SourceIndex {
  return { ...index, listedAt: path }
}

/** The numbers of the sources cited for these facts of a document. */
export function factNumbers(index: SourceIndex, citations: Citation[], ...facts: Fact[]) {
  return index.numbers(facts.flatMap((fact) => citationOf(citations, fact)?.sources ?? []))
}

// Sources: which facts they support.
/*
 * Which sources a page cites, in the order its sections show the facts: key figures first, then
 * organisations, results and places. Labels come from the caller (translated); this module only
 * knows where in the data each fact's sources are.
 */

export type CitedLabels = {
  fact: (fact: Fact) => string
  role: (organization: string) => string
  location: (name: string) => string
  /** The page a place's coordinates come from. */
  coordinates: (name: string) => string
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

type OrganizationEntries = Project['organizations']

/** Who works with the project rather than funding or carrying it out: partners, beneficiaries. */
export function partnersOf(project: Pick<Project, 'organizations'>): OrganizationEntries {
  return project.organizations.filter(
    (entry) => entry.role === 'partner' || entry.role === 'beneficiary',
  )
}

function roleGroups(entries: OrganizationEntries, labels: CitedLabels): CitedGroup[] {
  return entries.map((entry) => ({
    label: labels.role(entry.organization.name.value),
    sources: entry.sources,
  }))
}

/**
 * What happened at each place, then (unless left to "About this data") where the coordinates of
 * those drawn on the map come from.
 */
function locationGroups(
  locations: Project['locations'],
  labels: CitedLabels,
  { coordinates = true } = {},
): CitedGroup[] {
  return [
    ...locations.map((location) => ({
      label: labels.location(location.name.value),
      sources: location.sources,
    })),
    ...locations.flatMap((location) =>
      coordinates && location.pointSource
        ? [{ label: labels.coordinates(location.name.value), sources: [location.pointSource] }]
        : [],
    ),
  ]
}

export function projectCitedGroups(project: Project, labels: CitedLabels): CitedGroup[] {
  return [
    ...facts(project.citations, KEY_FACTS, labels),
    ...roleGroups(project.organizations, labels),
    ...resultCitedGroups(project.results, labels),
    ...locationGroups(project.locations, labels),
  ]
}

/**
 * What the project overview cites, in the order it shows it: results first, then the partners and
 * beneficiaries, the places and the contact. Its notes at the end of the page list only these
 * (the hero's facts carry no marks; "About this data" gives every source, the pages the map's
 * coordinates come from among them: the overview shows no coordinates as text to cite them by).
 */
export function overviewCitedGroups(project: Project, labels: CitedLabels): CitedGroup[] {
  return [
    ...resultCitedGroups(project.results, labels),
    ...roleGroups(partnersOf(project), labels),
    ...locationGroups(project.locations, labels, { coordinates: false }),
    ...facts(project.citations, ['contact'], labels),
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
    ...locationGroups(activity.locations, labels),
  ]
}
