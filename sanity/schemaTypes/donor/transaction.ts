import { defineField, defineType } from 'sanity'
import {
  CURRENCIES,
  CURRENCY_VALUES,
  TRANSACTION_TYPES,
  TRANSACTION_TYPE_VALUES,
} from '../../../lib/content/donor-vocabulary'
import { isOneOf, studioOptions } from '../../../lib/content/vocabulary'
import { choiceField } from '../documents/shared-fields'
import { localeField } from '../objects/localized'
import { referenceExists } from '../validation'
import { sourcesField } from './sources-field'

const organizationReference = (name: string, title: string, description: string) =>
  defineField({
    name,
    title,
    type: 'reference',
    to: [{ type: 'organization' }],
    description,
    validation: (rule) => rule.custom(referenceExists).error(),
  })

/**
 * A transaction as IATI publishes it (incoming funds, a commitment, a disbursement…): only one a
 * public source states, with that source. Its date is a full day, as IATI requires; a source that
 * gives only a month or a total is not a transaction (the total budget has its own field).
 */
export const iatiTransaction = defineType({
  name: 'iatiTransaction',
  title: 'Transaction',
  type: 'object',
  fields: [
    choiceField(
      'transactionType',
      'Type (IATI)',
      studioOptions(TRANSACTION_TYPES, TRANSACTION_TYPE_VALUES),
      { required: true },
    ),
    defineField({
      name: 'date',
      title: 'Date',
      type: 'date',
      description: 'The day the source gives. A month or a year alone is not enough: leave it out.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'amount',
      title: 'Amount',
      type: 'number',
      validation: (rule) => rule.required().min(0),
    }),
    choiceField('currency', 'Currency', studioOptions(CURRENCIES, CURRENCY_VALUES), {
      required: true,
      initialValue: 'EUR',
    }),
    defineField({
      name: 'valueDate',
      title: 'Value date',
      type: 'date',
      description:
        'The day of the exchange rate the amount is given at; usually the transaction date.',
      validation: (rule) => rule.required(),
    }),
    organizationReference(
      'providerOrganization',
      'Provider organisation',
      'Who the money comes from (e.g. the donor).',
    ),
    organizationReference(
      'receiverOrganization',
      'Receiver organisation',
      'Who receives it (e.g. IOM).',
    ),
    localeField('description', 'Description', { type: 'localeText' }),
    sourcesField({ required: true }),
  ],
  preview: {
    select: { type: 'transactionType', date: 'date', amount: 'amount', currency: 'currency' },
    prepare: ({ type, date, amount, currency }) => ({
      title: isOneOf(TRANSACTION_TYPE_VALUES, type) ? TRANSACTION_TYPES[type] : 'Transaction',
      subtitle: [date, amount, currency].filter((part) => part !== undefined).join(' · '),
    }),
  },
})
