import { defineArrayMember, defineField, defineType } from 'sanity'
import { INDICATOR_MEASURES, INDICATOR_MEASURE_VALUES } from '../../../lib/content/donor-vocabulary'
import { studioOptions } from '../../../lib/content/vocabulary'
import { requireAllLanguages } from '../objects/localized'
import { sourcesField } from './sources-field'

/** One reporting period of an indicator: what was aimed at and what was reached. */
export const indicatorPeriod = defineType({
  name: 'indicatorPeriod',
  title: 'Period',
  type: 'object',
  fields: [
    defineField({
      name: 'start',
      title: 'Period start',
      type: 'date',
      description: 'Leave both dates empty if the source does not say when.',
    }),
    defineField({
      name: 'end',
      title: 'Period end',
      type: 'date',
      validation: (rule) =>
        rule
          .custom((end, context) => {
            const parent = context.parent
            const given: unknown =
              parent && typeof parent === 'object' ? Reflect.get(parent, 'start') : undefined
            const start = typeof given === 'string' ? given : undefined
            if (Boolean(end) !== Boolean(start)) return 'Give both dates or neither'
            return !end || !start || end >= start ? true : 'The end must not be before the start'
          })
          .error(),
    }),
    defineField({ name: 'target', title: 'Target', type: 'number' }),
    defineField({ name: 'actual', title: 'Actual', type: 'number' }),
    defineField({
      name: 'comment',
      title: 'Comment',
      type: 'localeString',
    }),
  ],
  preview: {
    select: { start: 'start', end: 'end', target: 'target', actual: 'actual' },
    prepare: ({ start, end, target, actual }) => ({
      title: start ? `${start} – ${end}` : 'Period not recorded',
      subtitle: `target ${target ?? '—'} · actual ${actual ?? '—'}`,
    }),
  },
})

/** How a result is measured: a unit, a baseline, and a target and an actual value per period. */
export const indicator = defineType({
  name: 'indicator',
  title: 'Indicator',
  type: 'object',
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'localeString',
      validation: requireAllLanguages,
    }),
    defineField({
      name: 'measure',
      title: 'Measure (IATI IndicatorMeasure)',
      type: 'string',
      initialValue: '1',
      options: { list: studioOptions(INDICATOR_MEASURES, INDICATOR_MEASURE_VALUES) },
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'unit',
      title: 'Unit',
      type: 'localeString',
      description: 'What is counted, e.g. "officials trained", "devices".',
    }),
    defineField({
      name: 'ascending',
      title: 'Higher is better',
      type: 'boolean',
      initialValue: true,
    }),
    defineField({
      name: 'baseline',
      title: 'Baseline',
      type: 'object',
      description: 'Leave empty when none was measured.',
      fields: [
        defineField({ name: 'year', title: 'Year', type: 'number' }),
        defineField({ name: 'value', title: 'Value', type: 'number' }),
        defineField({
          name: 'comment',
          title: 'Comment',
          type: 'localeString',
        }),
      ],
    }),
    defineField({
      name: 'periods',
      title: 'Periods',
      type: 'array',
      of: [defineArrayMember({ type: 'indicatorPeriod' })],
    }),
    defineField({
      name: 'dataSource',
      title: 'Where the figures come from',
      type: 'localeText',
      description:
        'e.g. "IOM news item of 12–14 December 2016". The pages themselves go in Sources.',
    }),
    sourcesField(),
  ],
  preview: {
    select: { ka: 'title.ka', en: 'title.en' },
    prepare: ({ ka, en }) => ({ title: ka ?? en ?? 'Indicator', subtitle: ka ? en : undefined }),
  },
})
