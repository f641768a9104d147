import { defineField, defineType } from 'sanity'
import {
  ORGANIZATION_TYPES,
  ORGANIZATION_TYPE_VALUES,
  studioOptions,
} from '../../../lib/content/vocabulary'
import { requireAllLanguages, withinShortTitleLength } from '../objects/localized'
import { bilingualTitle } from '../preview'
import { asciiSlug, publishedId, referenceExists } from '../validation'

export const organization = defineType({
  name: 'organization',
  title: 'Organisation',
  type: 'document',
  fields: [
    defineField({
      name: 'name',
      title: 'Name',
      type: 'localeString',
      validation: requireAllLanguages,
    }),
    defineField({
      name: 'acronym',
      title: 'Acronym',
      type: 'localeString',
      description: 'e.g. IOM, EU. Optional; if given, in both languages.',
      validation: withinShortTitleLength,
    }),
    defineField({
      name: 'slug',
      title: 'Slug',
      type: 'slug',
      description: 'Stable ASCII identifier used in filter URLs.',
      options: { source: 'name.en', maxLength: 64 },
      validation: (rule) => rule.required().custom(asciiSlug).error(),
    }),
    defineField({
      name: 'organizationType',
      title: 'Type (IATI OrganisationType)',
      type: 'string',
      options: { list: studioOptions(ORGANIZATION_TYPES, ORGANIZATION_TYPE_VALUES) },
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'iatiIdentifier',
      title: 'IATI organisation identifier',
      type: 'string',
      description:
        'From the IATI organisation registry, e.g. XM-DAC-47066 for IOM. Leave empty if none.',
      validation: (rule) => rule.regex(/^[A-Z]{2}(-[A-Za-z0-9._]+)+$/, { name: 'IATI identifier' }),
    }),
    defineField({
      name: 'parent',
      title: 'Part of',
      type: 'reference',
      to: [{ type: 'organization' }],
      description: 'e.g. the Border Police is part of the Ministry of Internal Affairs.',
      validation: (rule) =>
        rule
          .custom(async (value, context) => {
            if (
              value?._ref &&
              context.document?._id &&
              publishedId(value._ref) === publishedId(context.document._id)
            ) {
              return 'An organisation cannot be part of itself'
            }
            return referenceExists(value, context)
          })
          .error(),
    }),
    defineField({
      name: 'website',
      title: 'Website',
      type: 'url',
      validation: (rule) => rule.uri({ scheme: ['https', 'http'] }),
    }),
  ],
  preview: {
    select: { ka: 'name.ka', en: 'name.en' },
    prepare: ({ ka, en }) => bilingualTitle(ka, en, 'Organisation'),
  },
  orderings: [
    { title: 'Name (English)', name: 'nameEn', by: [{ field: 'name.en', direction: 'asc' }] },
  ],
})
