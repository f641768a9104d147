import { defineField, defineType } from 'sanity'
import { requireAllLanguages } from '../objects/localized'

/** Whom a donor or visitor can write to about the project (IATI contact-info). */
export const contact = defineType({
  name: 'contact',
  title: 'Contact',
  type: 'object',
  fields: [
    defineField({
      name: 'name',
      title: 'Office',
      type: 'localeString',
      description: 'e.g. "IOM Mission to Georgia".',
      validation: requireAllLanguages,
    }),
    defineField({ name: 'email', title: 'E-mail', type: 'email' }),
    defineField({
      name: 'telephone',
      title: 'Telephone',
      type: 'string',
      validation: (rule) => rule.regex(/^\+?[\d ()-]{6,30}$/, { name: 'telephone number' }),
    }),
    defineField({
      name: 'website',
      title: 'Website',
      type: 'url',
      validation: (rule) => rule.uri({ scheme: ['https', 'http'] }),
    }),
    defineField({
      name: 'address',
      title: 'Postal address',
      type: 'localeText',
    }),
  ],
})
