import type { Organization, OrganizationRoleEntry } from '@/lib/content/schemas'
import { ORGANIZATION_ROLES } from '@/lib/content/vocabulary'
import type { IatiContext } from './context'
import { narratives } from './narratives'
import { el, type XmlElement } from './xml'

/** An organisation's names in every language, found by id in each language's project. */
function names(context: IatiContext, organization: Organization) {
  return context.acrossLanguages(
    (project) =>
      project.organizations.find((entry) => entry.organization.id === organization.id)?.organization
        .name ?? organization.name,
  )
}

export function reportingOrg(context: IatiContext): XmlElement {
  const organization = context.implementer.organization
  return el(
    'reporting-org',
    {
      ref: context.reportingRef,
      type: organization.type,
      'secondary-reporter': context.input.secondaryReporter ? '1' : '0',
    },
    { requires: ['ref', 'type'], required: true },
    ...narratives(names(context, organization)),
  )
}

/**
 * The organisations IATI has a participating role for (funding, implementing). Partners and
 * beneficiaries have none in IATI's OrganisationRole list; beneficiaries go into the activity's
 * "target groups" description instead.
 */
export function participatingOrgs(context: IatiContext, entries: OrganizationRoleEntry[]) {
  return entries.flatMap(({ role, organization }) => {
    const code = ORGANIZATION_ROLES[role].iatiCode
    if (!code) return []
    return [
      el(
        'participating-org',
        { ref: organization.iatiIdentifier, type: organization.type, role: code },
        { requires: ['role'] },
        ...narratives(names(context, organization)),
      ),
    ]
  })
}

/** The funding and implementing organisations of the project, which its activities share. */
export function fundingAndImplementing(context: IatiContext) {
  return context.project.organizations.filter(
    (entry) => entry.role === 'donor' || entry.role === 'implementer',
  )
}
