import { defineField, defineType } from 'sanity'
import { CURRENCIES, CURRENCY_VALUES } from '../../../lib/content/donor-vocabulary'
import { studioOptions } from '../../../lib/content/vocabulary'

/** An amount of money in a currency, e.g. 4,800,000 EUR. */
export const money = defineType({
  name: 'money',
  title: 'Amount',
  type: 'object',
  options: { columns: 2 },
  fields: [
    defineField({
      name: 'amount',
      title: 'Amount',
      type: 'number',
      validation: (rule) => rule.required().min(0),
    }),
    defineField({
      name: 'currency',
      title: 'Currency',
      type: 'string',
      initialValue: 'EUR',
      options: { list: studioOptions(CURRENCIES, CURRENCY_VALUES) },
      validation: (rule) => rule.required(),
    }),
  ],
})

/** The share of the total budget that goes to one thematic cluster (in the total's currency). */
export const clusterBudget = defineType({
  name: 'clusterBudget',
  title: 'Budget of a thematic cluster',
  type: 'object',
  fields: [
    defineField({
      name: 'cluster',
      title: 'Thematic cluster',
      type: 'reference',
      to: [{ type: 'thematicCluster' }],
      options: {
        filter: ({ document }) => ({
          filter: 'project._ref == $project',
          params: { project: document._id.replace(/^drafts\./, '') },
        }),
      },
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'amount',
      title: 'Amount (in the currency of the total budget)',
      type: 'number',
      validation: (rule) => rule.required().min(0),
    }),
  ],
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
    defineField({
      name: 'start',
      title: 'Period start',
      type: 'date',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'end',
      title: 'Period end',
      type: 'date',
      description: 'At most a year after the start (IATI).',
      validation: (rule) =>
        rule
          .required()
          .custom((end, context) => {
            const start = (context.parent as { start?: string } | undefined)?.start
            if (!end || !start) return true
            if (end < start) return 'The end must not be before the start'
            const days = (Date.parse(end) - Date.parse(start)) / 86_400_000
            return days <= 365 ? true : 'IATI budgets cover at most a year'
          })
          .error(),
    }),
    defineField({
      name: 'amount',
      title: 'Amount (in the currency of the total budget)',
      type: 'number',
      validation: (rule) => rule.required().min(0),
    }),
  ],
  preview: {
    select: { start: 'start', end: 'end', amount: 'amount' },
    prepare: ({ start, end, amount }) => ({ title: `${start} – ${end}`, subtitle: String(amount) }),
  },
})
