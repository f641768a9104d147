import { defineArrayMember, defineField, type ValidationContext } from 'sanity'
import {
  ACTIVITY_SCOPES,
  ACTIVITY_SCOPE_VALUES,
  AID_TYPES,
  AID_TYPE_VALUES,
  COLLABORATION_TYPES,
  COLLABORATION_TYPE_VALUES,
  CURRENCIES,
  CURRENCY_VALUES,
  IATI_DEFAULTS,
  IATI_DEFAULT_VALUES,
  TIED_STATUSES,
  TIED_STATUS_VALUES,
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
    name: 'transactions',
    title: 'Transactions (IATI)',
    type: 'array',
    group: 'finances',
    description:
      'Only transactions a public source states, each with its day and its source. A total budget is not a transaction.',
    of: [defineArrayMember({ type: 'iatiTransaction' })],
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

/** Where each IATI default's value comes from: a cited source, or an assumption with its reason. */
const DEFAULT_PROVENANCE =
  'Cite its source under Sources (fact: this field), or record it under "IATI defaults assumed, not sourced" with the reason.'

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
  ...(
    [
      ['defaultFlowType', 'Default flow type (IATI)', studioOptions(FLOW_TYPES, FLOW_TYPE_VALUES)],
      [
        'defaultFinanceType',
        'Default finance type (IATI)',
        studioOptions(FINANCE_TYPES, FINANCE_TYPE_VALUES),
      ],
      [
        'defaultAidType',
        'Default aid type (IATI, OECD DAC)',
        studioOptions(AID_TYPES, AID_TYPE_VALUES),
      ],
      [
        'defaultTiedStatus',
        'Default tied status (IATI)',
        studioOptions(TIED_STATUSES, TIED_STATUS_VALUES),
      ],
      [
        'collaborationType',
        'Collaboration type (IATI)',
        studioOptions(COLLABORATION_TYPES, COLLABORATION_TYPE_VALUES),
      ],
      [
        'activityScope',
        'Activity scope (IATI)',
        studioOptions(ACTIVITY_SCOPES, ACTIVITY_SCOPE_VALUES),
      ],
      ['defaultCurrency', 'Default currency (IATI)', studioOptions(CURRENCIES, CURRENCY_VALUES)],
    ] as const
  ).map(([name, title, list]) =>
    choiceField(name, title, list, { group: 'reporting', description: DEFAULT_PROVENANCE }),
  ),
  defineField({
    name: 'iatiAssumptions',
    title: 'IATI defaults assumed, not sourced',
    type: 'array',
    group: 'reporting',
    description:
      'One entry per default above that no source states, with why it is assumed (e.g. "ODA: an EU grant to an international organisation"). The readiness report lists them until a source is cited.',
    of: [
      defineArrayMember({
        type: 'object',
        name: 'iatiAssumption',
        fields: [
          choiceField('fact', 'Default', studioOptions(IATI_DEFAULTS, IATI_DEFAULT_VALUES), {
            required: true,
          }),
          defineField({
            name: 'note',
            title: 'Why it is assumed',
            type: 'text',
            rows: 2,
            validation: (rule) => rule.required().max(500),
          }),
        ],
        preview: { select: { title: 'fact', subtitle: 'note' } },
      }),
    ],
  }),
]

/** OECD DAC policy markers (the gender equality marker first of all), each sourced or assumed. */
export const policyMarkersField = defineField({
  name: 'policyMarkers',
  title: 'Policy markers (OECD DAC)',
  type: 'array',
  group: 'reporting',
  description:
    'e.g. gender equality, with its significance. Each marker once, with its source or why it is assumed. None recorded: the readiness report lists the gender marker as missing.',
  of: [defineArrayMember({ type: 'policyMarker' })],
  validation: (rule) =>
    rule
      .custom((value: { code?: string }[] | undefined) => {
        const codes = (value ?? []).map((entry) => entry.code)
        return new Set(codes).size === codes.length ? true : 'Give each marker once'
      })
      .error(),
})

export const projectCitationsField = citationsField('projectCitation', 'sources')
