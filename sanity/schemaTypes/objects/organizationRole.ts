import { defineType } from 'sanity'
import {
  ORGANIZATION_ROLES,
  ORGANIZATION_ROLE_VALUES,
  isOneOf,
  studioOptions,
} from '../../../lib/content/vocabulary'
import { sourcesField } from '../donor/sources-field'
import { choiceField, requiredReferenceField } from '../documents/shared-fields'

export type RoleEntry = { role?: string; organization?: { _ref?: string } }

/** A list of organisations and roles may name each organisation in each role once. */
export function eachRoleOnce(entries: RoleEntry[] | undefined): true | string {
  const keys = (entries ?? []).map((entry) => `${entry.organization?._ref}:${entry.role}`)
  return new Set(keys).size === keys.length
    ? true
    : 'An organisation is listed twice with the same role'
}

export const organizationRole = defineType({
  name: 'organizationRole',
  title: 'Organisation and role',
  description:
    'A ministry or agency that receives support is a beneficiary; a partner works with the implementer.',
  type: 'object',
  fields: [
    requiredReferenceField('organization', 'Organisation', 'organization'),
    choiceField('role', 'Role', studioOptions(ORGANIZATION_ROLES, ORGANIZATION_ROLE_VALUES), {
      required: true,
      layout: 'radio',
      direction: 'horizontal',
    }),
    // Roles the project's own page states need no source; the others cite where they are stated.
    sourcesField(),
  ],
  preview: {
    select: { name: 'organization.name.en', nameKa: 'organization.name.ka', role: 'role' },
    prepare: ({ name, nameKa, role }) => ({
      title: [nameKa, name].filter(Boolean).join(' · ') || 'Organisation',
      subtitle: isOneOf(ORGANIZATION_ROLE_VALUES, role)
        ? ORGANIZATION_ROLES[role].title
        : undefined,
    }),
  },
})
