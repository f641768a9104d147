import { defineArrayMember, defineField, type ValidationContext } from 'sanity'
import {
  AID_TYPES,
  AID_TYPE_VALUES,
  FINANCE_TYPES,
  FINANCE_TYPE_VALUES,
  FLOW_TYPES,
  FLOW_TYPE_VALUES,
  IATI_ID_STATUSES,
  IATI_ID_STATUS_VALUES,
} from '../../../lib/content/donor-vocabulary'
import { studioOptions } from '../../../lib/content/vocabulary'
import { choiceField } from '../documents/shared-fields'
import { localeField } from '../objects/localized'
import { documentString } from '../validation'
import { citationsField } from './citation'

const afterStart = (message: string) => (value: string | undefined, context: ValidationContext) => {
  const start = documentString(context, 'startDate')
  return !value || !start || value >= start ? true : message
}

/** The project's official names (they may differ from the portal's title). */
export const officialNameFields = [
  localeField('officialName', 'Official name', {
    group: 'facts',
    description: 'The name in the financing decision or contract, if it differs from the title.',
  }),
  localeField('officialShortName', 'Official short name', {
    group: 'facts',
    short: true,
    description: 'e.g. "More for More".',
  }),
]

export const actualStartField = defineField({
  name: 'actualStart',
  title: 'Actual start date',
  type: 'date',
  group: 'facts',
  validation: (rule) =>
    rule.custom(afterStart('The actual start must not be before the planned start')).warning(),
})

/** What a donor looks for first: how much, from whom, under which programme and decision. */
export const financeFields = [
  defineField({
    name: 'totalBudget',
    title: 'Total budget',
    type: 'money',
    group: 'finances',
  }),
  defineField({
    name: 'euContribution',
    title: 'EU contribution',
    type: 'money',
    group: 'finances',
    description: 'Only if a source gives it separately from the total.',
  }),
  defineField({
    name: 'budgetByCluster',
    title: 'Budget by thematic cluster',
    type: 'array',
    group: 'finances',
    of: [defineArrayMember({ type: 'clusterBudget' })],
  }),
  defineField({
    name: 'annualBudgets',
    title: 'Budget by year',
    type: 'array',
    group: 'finances',
    description: 'IATI publishes budgets per period of at most a year.',
    of: [defineArrayMember({ type: 'annualBudget' })],
  }),
  defineField({
    name: 'fundingReference',
    title: 'Decision or contract reference',
    type: 'string',
    group: 'finances',
    validation: (rule) => rule.max(100),
  }),
]

export const followUpField = defineField({
  name: 'followUp',
  title: 'Follow-up phase',
  type: 'object',
  group: 'facts',
  fields: [
    localeField('title', 'Title'),
    defineField({ name: 'startDate', title: 'Start date', type: 'date' }),
  ],
})

export const contactFields = [
  defineField({ name: 'contact', title: 'Contact', type: 'contact', group: 'facts' }),
  defineField({
    name: 'lastReviewed',
    title: 'Page last reviewed',
    type: 'date',
    group: 'facts',
    description: 'When the facts on the page were last checked against their sources.',
  }),
]

export const placesAndDocumentsFields = [
  defineField({
    name: 'locations',
    title: 'Locations',
    type: 'array',
    group: 'facts',
    of: [defineArrayMember({ type: 'location' })],
  }),
  defineField({
    name: 'documents',
    title: 'Documents',
    type: 'array',
    group: 'facts',
    of: [defineArrayMember({ type: 'publication' })],
  }),
]

/** The IATI classifications a donor's file needs, where known. */
export const iatiFields = [
  choiceField(
    'iatiIdentifierStatus',
    'IATI identifier status',
    studioOptions(IATI_ID_STATUSES, IATI_ID_STATUS_VALUES),
    {
      group: 'reporting',
      initialValue: 'provisional',
      layout: 'radio',
      description:
        'Provisional until IOM confirms the identifier it publishes the project under. Empty identifier: the portal uses IOM’s organisation identifier + "-" + the slug, as provisional.',
    },
  ),
  choiceField(
    'defaultFlowType',
    'Default flow type (IATI)',
    studioOptions(FLOW_TYPES, FLOW_TYPE_VALUES),
    {
      group: 'reporting',
    },
  ),
  choiceField(
    'defaultFinanceType',
    'Default finance type (IATI)',
    studioOptions(FINANCE_TYPES, FINANCE_TYPE_VALUES),
    { group: 'reporting' },
  ),
  choiceField(
    'defaultAidType',
    'Default aid type (IATI, OECD DAC)',
    studioOptions(AID_TYPES, AID_TYPE_VALUES),
    { group: 'reporting' },
  ),
]

export const projectCitationsField = citationsField('projectCitation', 'sources')
