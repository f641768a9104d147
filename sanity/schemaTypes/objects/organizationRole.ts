import { defineField, defineType } from 'sanity'
import {
  ORGANIZATION_ROLES,
  ORGANIZATION_ROLE_VALUES,
  isOneOf,
  studioOptions,
} from '../../../lib/content/vocabulary'
import { referenceExists } from '../validation'
import { sourcesField } from '../donor/sources-field'

export const organizationRole = defineType({
  name: 'organizationRole',
  title: 'Organisation and role',
  description:
    'A ministry or agency that receives support is a beneficiary; a partner works with the implementer.',
  type: 'object',
  fields: [
    defineField({
      name: 'organization',
      title: 'Organisation',
      type: 'reference',
      to: [{ type: 'organization' }],
      validation: (rule) => rule.required().custom(referenceExists).error(),
    }),
    defineField({
      name: 'role',
      title: 'Role',
      type: 'string',
      options: {
        list: studioOptions(ORGANIZATION_ROLES, ORGANIZATION_ROLE_VALUES),
        layout: 'radio',
        direction: 'horizontal',
      },
      validation: (rule) => rule.required(),
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
