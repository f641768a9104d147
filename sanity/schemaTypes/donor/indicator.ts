import { defineArrayMember, defineField, defineType } from 'sanity'
import { INDICATOR_MEASURES, INDICATOR_MEASURE_VALUES } from '../../../lib/content/donor-vocabulary'
import { studioOptions } from '../../../lib/content/vocabulary'
import { choiceField, periodFields } from '../documents/shared-fields'
import { localeField, localeTitleField } from '../objects/localized'
import { sourcesField } from './sources-field'

/** A comment on a figure (a baseline's, a period's). */
const commentField = () => localeField('comment', 'Comment')

/** One reporting period of an indicator: what was aimed at and what was reached. */
export const indicatorPeriod = defineType({
  name: 'indicatorPeriod',
  title: 'Period',
  type: 'object',
  fields: [
    ...periodFields({
      bothOrNeither: true,
      startDescription: 'Leave both dates empty if the source does not say when.',
    }),
    defineField({ name: 'target', title: 'Target', type: 'number' }),
    defineField({ name: 'actual', title: 'Actual', type: 'number' }),
    commentField(),
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
    localeTitleField(),
    choiceField(
      'measure',
      'Measure (IATI IndicatorMeasure)',
      studioOptions(INDICATOR_MEASURES, INDICATOR_MEASURE_VALUES),
      { required: true, initialValue: '1' },
    ),
    localeField('unit', 'Unit', {
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
        commentField(),
      ],
    }),
    defineField({
      name: 'periods',
      title: 'Periods',
      type: 'array',
      of: [defineArrayMember({ type: 'indicatorPeriod' })],
    }),
    localeField('dataSource', 'Where the figures come from', {
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
