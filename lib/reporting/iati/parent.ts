/** The project as the parent IATI activity (hierarchy 1). */
import type { IatiActivity, Localized, Project } from '@/lib/content/schemas'
import { paths } from '@/lib/paths'
import type { IatiContext } from './context'
import { documentLinks, portalPages } from './documents'
import { activityList } from './hierarchy'
import { projectStatusAndDates } from './facts'
import { activityScope, budgets, contactInfo, defaultTypes } from './finance'
import { narratives, plainLocalized, textElement } from './narratives'
import { fundingAndImplementing, participatingOrgs, reportingOrg } from './organisations'
import { locations, recipientCountry, sectors } from './places'
import { resultElement } from './results'
import { policyMarkers, totalBudgetDescription, transactions } from './transactions'
import { comment, el, type XmlElement } from './xml'

/** Summary, "about" text and its editorial note together: IATI's general description. */
function general(project: Project): Localized<string> | null {
  const about = plainLocalized(project.description)
  const parts = [project.summary, about, project.editorialNote].filter(
    (part): part is Localized<string> => Boolean(part),
  )
  const [first] = parts
  if (!first) return null
  return { value: parts.map((part) => part.value).join('\n\n'), lang: first.lang }
}

/** The overall objective and the specific ones, numbered. */
function objectives(project: Project): Localized<string> | null {
  const lines = [
    project.generalObjective?.value,
    ...project.objectives.map((objective) => `${objective.order}. ${objective.title.value}`),
  ].filter(Boolean)
  return lines.length
    ? { value: lines.join('\n'), lang: project.generalObjective?.lang ?? project.title.lang }
    : null
}

/** The beneficiaries' names: IATI's "target groups" description. */
export function targetGroups(names: Localized<string>[]): Localized<string> | null {
  const [first] = names
  return first ? { value: names.map((name) => name.value).join('; '), lang: first.lang } : null
}

const beneficiaries = (project: Project) =>
  targetGroups(
    project.organizations
      .filter((entry) => entry.role === 'beneficiary')
      .map((entry) => entry.organization.name),
  )

/** Results that belong to exactly one exported activity go with it; the rest with the project. */
export function resultsOwnedByActivity(context: IatiContext, activityIds: Set<string>) {
  return new Set(
    context.project.results
      .filter((result) => result.activities.length === 1 && activityIds.has(result.activities[0]!))
      .map((result) => result.id),
  )
}

/**
 * What the activities that are not child activities add to the project's: their titles (a
 * description of type 1 of their own, per language), places and documents.
 */
function foldedActivities(context: IatiContext, children: IatiActivity[]) {
  const childIds = new Set(children.map((activity) => activity.id))
  const folded = context.primary.activities.filter((activity) => !childIds.has(activity.id))
  const inLanguage = folded.map((activity) => context.activityVersions(activity))
  const perLanguage = context.input.languages.map((_, index) =>
    inLanguage.flatMap((versions) => versions[index] ?? []),
  )
  return {
    titles: perLanguage.map((activities) => activityList(activities.map((a) => a.title))),
    // Keys are unique within one list only: the activity's id keeps them apart from the project's.
    locations: perLanguage.map((activities) =>
      activities.flatMap((a) =>
        a.locations.map((item) => ({ ...item, key: `${a.id}/${item.key}` })),
      ),
    ),
    documents: perLanguage.map((activities) =>
      activities.flatMap((a) =>
        a.documents.map((item) => ({ ...item, key: `${a.id}/${item.key}` })),
      ),
    ),
  }
}

export function parentActivity(
  context: IatiContext,
  children: IatiActivity[],
  childResults: Set<string>,
): XmlElement {
  const { project, identifier } = context
  const versions = context.input.languages.map(({ project: version }) => version)
  const ownResults = project.results.filter((result) => !childResults.has(result.id))
  const childIds = children.map((activity) => context.childId(activity).value)
  const folded = foldedActivities(context, children)
  return el(
    'iati-activity',
    {
      'last-updated-datetime': context.lastUpdated,
      'xml:lang': context.primary.locale,
      'default-currency': context.currency,
      hierarchy: '1',
    },
    identifier.provisional
      ? comment(
          `Provisional identifier (IOM's organisation identifier + the project's slug): IOM's registered identifier for this project is not recorded.`,
        )
      : null,
    el('iati-identifier', {}, { required: true }, identifier.value),
    reportingOrg(context),
    el('title', {}, { required: true }, ...narratives(context.projectTexts((p) => p.title))),
    textElement('description', versions.map(general), { type: '1' }),
    textElement('description', versions.map(objectives), { type: '2' }),
    textElement('description', folded.titles, { type: '1' }),
    textElement('description', versions.map(beneficiaries), { type: '3' }),
    totalBudgetDescription(context),
    ...participatingOrgs(context, fundingAndImplementing(context)),
    ...projectStatusAndDates(context),
    contactInfo(context),
    ...activityScope(context),
    recipientCountry(context),
    ...locations(
      versions.map((version, index) => [...version.locations, ...(folded.locations[index] ?? [])]),
    ),
    ...sectors(context),
    ...policyMarkers(context),
    ...defaultTypes(context),
    ...budgets(context),
    ...transactions(context),
    ...documentLinks(
      versions.map((version, index) => [...version.documents, ...(folded.documents[index] ?? [])]),
    ),
    ...portalPages(
      context,
      paths.project(project.slug),
      (locale) =>
        versions[context.input.languages.findIndex((language) => language.locale === locale)]
          ?.title ?? project.title,
    ),
    ...childIds.map((ref) => el('related-activity', { ref, type: '2' }, { requires: ['ref'] })),
    ...ownResults.map((result) =>
      resultElement(
        versions.map((version) => version.results.find((r) => r.id === result.id) ?? result),
      ),
    ),
  )
}
