import { defineField, defineType } from 'sanity'
import { CURRENCIES, CURRENCY_VALUES } from '../../../lib/content/donor-vocabulary'
import { studioOptions } from '../../../lib/content/vocabulary'
import {
  choiceField,
  clusterReferenceField,
  ownProjectFilter,
  periodFields,
} from '../documents/shared-fields'

/** An amount of money: never negative. */
const amountField = (title: string) =>
  defineField({
    name: 'amount',
    title,
    type: 'number',
    validation: (rule) => rule.required().min(0),
  })

/** A part of the project's total budget, which gives the currency. */
const shareOfTotalField = () => amountField('Amount (in the currency of the total budget)')

/** An amount of money in a currency, e.g. 4,800,000 EUR. */
export const money = defineType({
  name: 'money',
  title: 'Amount',
  type: 'object',
  options: { columns: 2 },
  fields: [
    amountField('Amount'),
    choiceField('currency', 'Currency', studioOptions(CURRENCIES, CURRENCY_VALUES), {
      required: true,
      initialValue: 'EUR',
    }),
  ],
})

/** The share of the total budget that goes to one thematic cluster (in the total's currency). */
export const clusterBudget = defineType({
  name: 'clusterBudget',
  title: 'Budget of a thematic cluster',
  type: 'object',
  fields: [clusterReferenceField(ownProjectFilter, (rule) => rule.required()), shareOfTotalField()],
  preview: {
    select: { title: 'cluster.title.en', amount: 'amount' },
    prepare: ({ title, amount }) => ({ title: title ?? 'Cluster', subtitle: String(amount ?? '') }),
  },
})

/** A budget for one period of at most a year, as IATI publishes budgets. */
export const annualBudget = defineType({
  name: 'annualBudget',
  title: 'Budget for a period',
  type: 'object',
  fields: [
    ...periodFields({
      required: true,
      atMostAYear: true,
      endDescription: 'At most a year after the start (IATI).',
    }),
    shareOfTotalField(),
  ],
  preview: {
    select: { start: 'start', end: 'end', amount: 'amount' },
    prepare: ({ start, end, amount }) => ({ title: `${start} – ${end}`, subtitle: String(amount) }),
  },
})
