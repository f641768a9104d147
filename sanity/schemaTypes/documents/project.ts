import { defineArrayMember, defineField, defineType } from 'sanity'
import {
  COUNTRIES,
  COUNTRY_VALUES,
  PARTIAL_DATE_PATTERN,
  STATUSES,
  STATUS_VALUES,
  endOfPartialDate,
  studioOptions,
} from '../../../lib/content/vocabulary'
import { localeField, localeTitleField } from '../objects/localized'
import { galleryField, mainImageField } from '../objects/portal-image'
import { eachRoleOnce, type RoleEntry } from '../objects/organizationRole'
import { bilingualPreview } from '../preview'
import { documentString } from '../validation'
import { choiceField, iatiIdentifierField } from './shared-fields'
import { slugFields } from './slug-fields'
import {
  actualStartField,
  contactFields,
  financeFields,
  followUpField,
  iatiFields,
  officialNameFields,
  placesAndDocumentsFields,
  policyMarkersField,
  projectCitationsField,
} from '../donor/project-fields'

export const project = defineType({
  name: 'project',
  title: 'Project',
  type: 'document',
  groups: [
    { name: 'content', title: 'Content', default: true },
    { name: 'media', title: 'Photos' },
    { name: 'facts', title: 'Facts' },
    { name: 'finances', title: 'Finances' },
    { name: 'organisations', title: 'Organisations' },
    { name: 'sources', title: 'Sources' },
    { name: 'reporting', title: 'Donor reporting' },
  ],
  fields: [
    localeTitleField('content'),
    localeField('shortTitle', 'Short title', {
      group: 'content',
      required: true,
      short: true,
      description: 'Used where space is short: navigation, breadcrumbs, browser tabs.',
    }),
    ...slugFields('title.en', 'content'),
    localeField('summary', 'Summary', {
      type: 'localeText',
      group: 'content',
      required: true,
      description: 'One sentence: what the project is about.',
    }),
    localeField('description', 'About the project', {
      type: 'localeBlockContent',
      group: 'content',
      required: true,
    }),
    localeField('editorialNote', 'Editorial note on "About the project"', {
      type: 'localeText',
      group: 'content',
      description:
        'e.g. that the text was written while the project was running. Shown under the text, marked as a note.',
    }),
    localeField('generalObjective', 'Overall objective', {
      type: 'localeText',
      group: 'content',
      required: true,
      description: 'The specific objectives are separate documents that reference this project.',
    }),
    defineField({
      name: 'featured',
      title: 'Show on the home page',
      type: 'boolean',
      group: 'content',
      initialValue: false,
    }),
    mainImageField('media'),
    galleryField('media'),
    localeField('fundingProgramme', 'Funding programme', { group: 'facts' }),
    ...officialNameFields,
    defineField({
      name: 'startDate',
      title: 'Planned start date',
      type: 'date',
      group: 'facts',
      description:
        'As planned or announced. Once the project has started, also fill in the actual start.',
      validation: (rule) => rule.required(),
    }),
    actualStartField,
    defineField({
      name: 'plannedEnd',
      title: 'Planned end',
      type: 'string',
      group: 'facts',
      description: 'YYYY-MM when only the month is known (e.g. 2017-06), else YYYY-MM-DD.',
      validation: (rule) =>
        rule
          .regex(PARTIAL_DATE_PATTERN, { name: 'YYYY-MM or YYYY-MM-DD' })
          .custom((value, context) => {
            const startDate = documentString(context, 'startDate')
            if (!value || !startDate) return true
            return endOfPartialDate(value) > startDate
              ? true
              : 'The planned end must be after the start date'
          })
          .error(),
    }),
    defineField({
      name: 'actualEnd',
      title: 'Actual end',
      type: 'string',
      group: 'facts',
      description:
        'Only once a source says the project has ended. YYYY-MM when the source gives the month only (e.g. 2017-07), else YYYY-MM-DD; never pad a month to a day.',
      validation: (rule) =>
        rule
          .regex(PARTIAL_DATE_PATTERN, { name: 'YYYY-MM or YYYY-MM-DD' })
          .custom((value, context) => {
            const startDate = documentString(context, 'startDate')
            if (!value || !startDate) return true
            return endOfPartialDate(value) > startDate
              ? true
              : 'The end date must be after the start date'
          })
          .error(),
    }),
    choiceField('status', 'Status', studioOptions(STATUSES, STATUS_VALUES), {
      group: 'facts',
      description:
        'IATI ActivityStatus. Leave empty when it is not known; the site then says "not recorded".',
    }),
    followUpField,
    ...financeFields,
    choiceField('country', 'Country', studioOptions(COUNTRIES, COUNTRY_VALUES), {
      group: 'facts',
      required: true,
    }),
    defineField({
      name: 'organizations',
      title: 'Organisations',
      type: 'array',
      group: 'organisations',
      description: 'The implementer, the donor, and the partner and beneficiary institutions.',
      of: [defineArrayMember({ type: 'organizationRole' })],
      validation: (rule) =>
        rule
          .custom((value: RoleEntry[] | undefined) => {
            const entries = value ?? []
            for (const role of ['implementer', 'donor']) {
              if (!entries.some((entry) => entry.role === role)) return `Add the ${role}`
            }
            return eachRoleOnce(entries)
          })
          .error(),
    }),
    ...contactFields,
    ...placesAndDocumentsFields,
    projectCitationsField,
    iatiIdentifierField(
      'IATI activity identifier',
      "The reporting organisation's identifier followed by the project's own, e.g. XM-DAC-47066-XYZ. Empty: the portal builds a provisional one from IOM's identifier and the slug.",
      'reporting',
    ),
    defineField({
      name: 'sectorCodes',
      title: 'DAC sectors (5-digit codes)',
      type: 'array',
      group: 'reporting',
      description:
        'e.g. 15190 Facilitation of orderly, safe, regular and responsible migration and mobility.',
      of: [
        defineArrayMember({
          type: 'string',
          validation: (rule) => rule.regex(/^\d{5}$/, { name: '5-digit DAC code' }),
        }),
      ],
      validation: (rule) => rule.unique(),
    }),
    ...iatiFields,
    policyMarkersField,
  ],
  preview: bilingualPreview('Project'),
  orderings: [
    {
      title: 'Start date, newest first',
      name: 'startDesc',
      by: [{ field: 'startDate', direction: 'desc' }],
    },
  ],
})
