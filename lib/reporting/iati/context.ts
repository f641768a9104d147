import type { IatiActivity, Localized, Project } from '@/lib/content/schemas'
import type { Locale } from '@/lib/i18n/routing'
import { iatiDefaults } from './defaults'
import { childIdentifier, projectIdentifier, type ActivityIdentifier } from './identifiers'

/** The same project (and its activities) in every portal language. */
export type IatiLanguage = { locale: Locale; project: Project; activities: IatiActivity[] }

export type IatiInput = {
  languages: IatiLanguage[]
  /** When the file is made: its `generated-datetime`. */
  generatedAt: Date
  /**
   * The newest `_updatedAt` of what the activities are built from (the `contentTime` read): their
   * `last-updated-datetime`. Null falls back to `generatedAt`.
   */
  contentUpdatedAt: string | null
  /**
   * The site's public address (`NEXT_PUBLIC_SITE_URL`) every link to the portal is made from: a
   * local or unset one is a blocking gap, as no one but this machine can follow such links.
   */
  siteUrl: string
  /**
   * Whether the file is a secondary report (the portal republishing IOM's activities) rather than
   * IOM's own IATI publication: `reporting-org/@secondary-reporter`.
   */
  secondaryReporter: boolean
  /** The absolute address of a portal page (locale-less path) in a language, on `siteUrl`. */
  pageUrl: (path: string, locale: Locale) => string
}

/** Everything the element builders share: the primary language, lookups across languages, ids. */
export type IatiContext = ReturnType<typeof iatiContext>

export function iatiContext(input: IatiInput) {
  const [primary] = input.languages
  if (!primary) throw new Error('IATI export needs at least one language')
  const project = primary.project
  const implementer = project.organizations.find((entry) => entry.role === 'implementer')
  const reportingRef = implementer?.organization.iatiIdentifier
  if (!implementer || !reportingRef) {
    throw new Error(
      'IATI export: the implementing organisation has no IATI organisation identifier (Studio: Organisations)',
    )
  }
  const identifier = projectIdentifier(project, reportingRef)
  const byActivity = input.languages.map(
    ({ activities }) => new Map(activities.map((activity) => [activity.id, activity])),
  )
  const generated = iatiDateTime(input.generatedAt)
  const lastUpdated = input.contentUpdatedAt
    ? iatiDateTime(new Date(input.contentUpdatedAt))
    : generated

  const defaults = iatiDefaults(project)
  return {
    input,
    primary,
    defaults,
    /** The activities' default-currency: the recorded default, else the budget's currency. */
    currency: defaults.get('defaultCurrency')?.code,
    project,
    implementer,
    reportingRef,
    identifier,
    generated,
    lastUpdated,
    /** A project text in every language. */
    projectTexts: (pick: (project: Project) => Localized<string> | null) =>
      input.languages.map(({ project: version }) => pick(version)),
    /** An activity in every language (the primary version where a language lacks it). */
    activityVersions: (activity: IatiActivity) =>
      byActivity.map((activities) => activities.get(activity.id) ?? activity),
    childId: (activity: IatiActivity): ActivityIdentifier =>
      childIdentifier(identifier, activity.slug),
    /** A text found by key in every language version of a list (organisations, results…). */
    acrossLanguages: <T>(find: (project: Project) => T | undefined) =>
      input.languages.map(({ project: version }) => find(version)),
  }
}

/** An xsd:dateTime in UTC without milliseconds ("2026-11-25T10:00:00Z"). */
const iatiDateTime = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z')

/** A full date for IATI; a month-only date ("2017-06") has none and is left out, not guessed. */
export const fullDate = (value: string | null | undefined) =>
  value && value.length === 10 ? value : null
