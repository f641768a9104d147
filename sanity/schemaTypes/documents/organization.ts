import { defineField, defineType } from 'sanity'
import {
  ORGANIZATION_TYPES,
  ORGANIZATION_TYPE_VALUES,
  studioOptions,
} from '../../../lib/content/vocabulary'
import { localeField } from '../objects/localized'
import { bilingualPreview } from '../preview'
import { publishedId, referenceExists } from '../validation'
import { choiceField, iatiIdentifierField, websiteField } from './shared-fields'
import { slugField } from './slug-fields'

export const organization = defineType({
  name: 'organization',
  title: 'Organisation',
  type: 'document',
  fields: [
    localeField('name', 'Name', { required: true }),
    localeField('acronym', 'Acronym', {
      short: true,
      description: 'e.g. IOM, EU. Optional; if given, in both languages.',
    }),
    slugField({
      source: 'name.en',
      maxLength: 64,
      description: 'Stable ASCII identifier used in filter URLs.',
    }),
    choiceField(
      'organizationType',
      'Type (IATI OrganisationType)',
      studioOptions(ORGANIZATION_TYPES, ORGANIZATION_TYPE_VALUES),
      { required: true },
    ),
    iatiIdentifierField(
      'IATI organisation identifier',
      'From the IATI organisation registry, e.g. XM-DAC-47066 for IOM. Leave empty if none.',
    ),
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
    websiteField(),
  ],
  preview: bilingualPreview('Organisation', 'name'),
  orderings: [
    { title: 'Name (English)', name: 'nameEn', by: [{ field: 'name.en', direction: 'asc' }] },
  ],
})
