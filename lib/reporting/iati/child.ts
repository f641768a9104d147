/** An activity of the project as a child IATI activity (hierarchy 2). */
import type { IatiActivity, Localized } from '@/lib/content/schemas'
import { paths } from '@/lib/paths'
import type { IatiContext } from './context'
import { documentLinks, portalPages } from './documents'
import { activityStatusAndDates } from './facts'
import { narratives, plainLocalized, textElement } from './narratives'
import { fundingAndImplementing, participatingOrgs, reportingOrg } from './organisations'
import { targetGroups } from './parent'
import { locations, recipientCountry, sectors } from './places'
import { resultElement } from './results'
import { comment, el, type XmlElement } from './xml'

/** Its own description, else the thematic cluster it belongs to ("1. Capacity development…"). */
function general(activity: IatiActivity): Localized<string> {
  return (
    plainLocalized(activity.description) ?? {
      value: `${activity.cluster.order}. ${activity.cluster.title.value}`,
      lang: activity.cluster.title.lang,
    }
  )
}

const beneficiaries = (activity: IatiActivity) =>
  targetGroups(
    activity.organizationRoles
      .filter((entry) => entry.role === 'beneficiary')
      .map((entry) => entry.organization.name),
  )

export function childActivity(context: IatiContext, activity: IatiActivity): XmlElement {
  const versions = context.activityVersions(activity)
  const id = context.childId(activity)
  const results = context.project.results.filter(
    (result) => result.activities.length === 1 && result.activities[0] === activity.id,
  )
  const projectVersions = context.input.languages.map(({ project }) => project)
  return el(
    'iati-activity',
    {
      'last-updated-datetime': context.lastUpdated,
      'xml:lang': context.primary.locale,
      'default-currency': context.currency,
      hierarchy: '2',
    },
    id.provisional
      ? comment('Provisional identifier: the parent project’s, plus the activity’s slug.')
      : null,
    el('iati-identifier', {}, { required: true }, id.value),
    reportingOrg(context),
    el('title', {}, { required: true }, ...narratives(versions.map((version) => version.title))),
    el('description', { type: '1' }, { required: true }, ...narratives(versions.map(general))),
    textElement('description', versions.map(beneficiaries), { type: '3' }),
    ...participatingOrgs(context, fundingAndImplementing(context)),
    ...activityStatusAndDates(context, activity),
    recipientCountry(context),
    ...locations(versions.map((version) => version.locations)),
    ...sectors(context),
    ...documentLinks(versions.map((version) => version.documents)),
    ...portalPages(context, paths.activity(context.project.slug, activity.slug), (locale) => {
      const index = context.input.languages.findIndex((language) => language.locale === locale)
      return versions[index]?.title ?? activity.title
    }),
    el('related-activity', { ref: context.identifier.value, type: '1' }, { requires: ['ref'] }),
    ...results.map((result) =>
      resultElement(
        projectVersions.map(
          (project) => project.results.find((item) => item.id === result.id) ?? result,
        ),
      ),
    ),
  )
}
