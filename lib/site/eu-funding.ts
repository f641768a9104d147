import type { Organization } from '@/lib/content/schemas'
import type { OrganizationRole } from '@/lib/content/vocabulary'

/**
 * IATI organisation identifiers of the European Commission's funding services (INTPA, NEAR, ECHO,
 * FPI, …) all start with this prefix (IATI Organisation Registration Agency "XI-IATI").
 */
const EU_IATI_PREFIX = 'XI-IATI-EC_'

/**
 * Whether an organisation is the European Union as a funder: by its IATI identifier when the CMS
 * records one, else by its acronym "EU" (the same in both languages). Never by slug or display
 * name, which editors may change.
 */
export function isEuropeanUnion(organization: Pick<Organization, 'iatiIdentifier' | 'acronym'>) {
  if (organization.iatiIdentifier?.toUpperCase().startsWith(EU_IATI_PREFIX)) return true
  return organization.acronym?.value.trim().toUpperCase() === 'EU'
}

/** Anything with organisations in roles: a project, a project summary. */
export type WithDonors = {
  organizations: {
    role: OrganizationRole
    organization: Pick<Organization, 'iatiIdentifier' | 'acronym'>
  }[]
}

/**
 * Whether a project must carry the EU's visibility marks (emblem with "Funded by the European
 * Union", the disclaimer): the EU is one of its donors.
 */
export function isEuFunded(project: WithDonors): boolean {
  return project.organizations.some(
    (entry) => entry.role === 'donor' && isEuropeanUnion(entry.organization),
  )
}
