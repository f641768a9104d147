/**
 * Activities used to hold plain references to the organisations they name; they now hold an
 * organisation *and its role*. Every activity title of the seed names the institution it supports
 * ("Support to the Border Police …", "… to the Ministry of Foreign Affairs …"), so an organisation
 * referenced without a role becomes a beneficiary: the ministry that receives support is served by
 * the activity, it does not carry it out. Entries that already have a role are left alone.
 */
type Reference = { _type?: string; _ref?: string; _key?: string }
type RoleEntry = { _type: 'organizationRole'; _key: string; role: string; organization: Reference }

function isPlainReference(value: unknown): value is Reference {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Reference)._ref === 'string' &&
    !('role' in value)
  )
}

/** The migrated list, or null when nothing needs to change. */
export function toOrganizationRoles(organizations: unknown): unknown[] | null {
  if (!Array.isArray(organizations) || !organizations.some(isPlainReference)) return null
  return organizations.map((entry, index): unknown => {
    if (!isPlainReference(entry)) return entry
    const role: RoleEntry = {
      _type: 'organizationRole',
      _key: entry._key ?? `beneficiary-${index}`,
      role: 'beneficiary',
      organization: { _type: 'reference', _ref: entry._ref },
    }
    return role
  })
}
