import { defineField, defineType } from 'sanity'
import { websiteField } from '../documents/shared-fields'
import { localeField } from '../objects/localized'

/** Whom a donor or visitor can write to about the project (IATI contact-info). */
export const contact = defineType({
  name: 'contact',
  title: 'Contact',
  type: 'object',
  fields: [
    localeField('name', 'Office', {
      required: true,
      description: 'e.g. "IOM Mission to Georgia".',
    }),
    defineField({ name: 'email', title: 'E-mail', type: 'email' }),
    defineField({
      name: 'telephone',
      title: 'Telephone',
      type: 'string',
      validation: (rule) => rule.regex(/^\+?[\d ()-]{6,30}$/, { name: 'telephone number' }),
    }),
    websiteField(),
    localeField('address', 'Postal address', { type: 'localeText' }),
  ],
})
