/**
 * Controlled vocabularies shared by the Sanity schema, the data layer and the exports.
 * Codes follow the IATI codelists so that donor exports need no second mapping table.
 * Titles here are for editors in the Studio; visitors read translated labels from messages/.
 */

/** IATI ActivityStatus, by our value. */
export const STATUS_VALUES = [
  'planned',
  'active',
  'finalisation',
  'completed',
  'cancelled',
  'suspended',
] as const
export type Status = (typeof STATUS_VALUES)[number]
export const STATUSES: Record<Status, { title: string; iatiCode: string }> = {
  planned: { title: 'Planned', iatiCode: '1' },
  active: { title: 'In progress', iatiCode: '2' },
  finalisation: { title: 'Finalising', iatiCode: '3' },
  completed: { title: 'Completed', iatiCode: '4' },
  cancelled: { title: 'Cancelled', iatiCode: '5' },
  suspended: { title: 'Suspended', iatiCode: '6' },
}

/** How an organisation takes part in a project (IATI OrganisationRole where one exists). */
export const ORGANIZATION_ROLE_VALUES = ['donor', 'implementer', 'partner', 'beneficiary'] as const
export type OrganizationRole = (typeof ORGANIZATION_ROLE_VALUES)[number]
export const ORGANIZATION_ROLES: Record<
  OrganizationRole,
  { title: string; iatiCode: string | null }
> = {
  donor: { title: 'Donor (funding)', iatiCode: '1' },
  implementer: { title: 'Implementer', iatiCode: '4' },
  partner: { title: 'Partner', iatiCode: null },
  beneficiary: { title: 'Beneficiary', iatiCode: null },
}

/** IATI OrganisationType (the subset an IOM project portal needs). */
export const ORGANIZATION_TYPE_VALUES = [
  '10',
  '11',
  '15',
  '21',
  '22',
  '40',
  '70',
  '80',
  '90',
] as const
export type OrganizationType = (typeof ORGANIZATION_TYPE_VALUES)[number]
export const ORGANIZATION_TYPES: Record<OrganizationType, string> = {
  '10': 'Government',
  '11': 'Local Government',
  '15': 'Other Public Sector',
  '21': 'International NGO',
  '22': 'National NGO',
  '40': 'Multilateral',
  '70': 'Private Sector',
  '80': 'Academic, Training and Research',
  '90': 'Other',
}

/** ISO 3166-1 alpha-2 codes of the countries the portal's projects run in. */
/**
 * What an editor records about the people in a photo before it is published: either everyone who
 * can be identified has consented, or no one can be identified.
 */
export const IMAGE_CONSENT_VALUES = ['consented', 'noIdentifiablePeople'] as const
export type ImageConsent = (typeof IMAGE_CONSENT_VALUES)[number]
export const IMAGE_CONSENTS: Record<ImageConsent, string> = {
  consented: 'Identifiable people have consented',
  noIdentifiablePeople: 'No identifiable people',
}

export const COUNTRY_VALUES = ['GE', 'AM', 'AZ', 'TR'] as const
export type Country = (typeof COUNTRY_VALUES)[number]
export const COUNTRIES: Record<Country, string> = {
  GE: 'Georgia',
  AM: 'Armenia',
  AZ: 'Azerbaijan',
  TR: 'Türkiye',
}

/** Turns one of the records above into the option list a Sanity string field takes. */
export function studioOptions<K extends string>(
  record: Record<K, string | { title: string }>,
  order: readonly K[],
): { title: string; value: K }[] {
  return order.map((value) => {
    const entry = record[value]
    return { value, title: typeof entry === 'string' ? entry : entry.title }
  })
}

/** A planned end may be known to the month only ("June 2017"): YYYY-MM or YYYY-MM-DD. */
export const PARTIAL_DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/

/** The last day a partial date can mean, for comparisons ("2017-06" → "2017-06-30"). */
export function endOfPartialDate(value: string): string {
  if (value.length === 10) return value
  const [year = 0, month = 1] = value.split('-').map(Number)
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return `${value}-${String(lastDay).padStart(2, '0')}`
}

/** Narrows an unknown value to one of a vocabulary's values. */
export function isOneOf<V extends string>(values: readonly V[], value: unknown): value is V {
  return typeof value === 'string' && (values as readonly string[]).includes(value)
}
