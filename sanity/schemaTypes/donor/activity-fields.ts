import { defineArrayMember, defineField, type ValidationContext } from 'sanity'
import { documentString, notBeforeStart } from '../validation'

/** An end that must not come before the start field of the same kind. */
const notBefore = (startField: string) => (value: string | undefined, context: ValidationContext) =>
  notBeforeStart(documentString(context, startField), value)

/**
 * An activity's own dates, only when a source gives them; without them pages and exports show the
 * project's dates, marked as the project's.
 */
export const activityDateFields = [
  defineField({
    name: 'plannedStart',
    title: 'Planned start',
    type: 'date',
    description: 'Only if the activity has its own dates; otherwise the project’s apply.',
  }),
  defineField({
    name: 'plannedEnd',
    title: 'Planned end',
    type: 'date',
    validation: (rule) => rule.custom(notBefore('plannedStart')).error(),
  }),
  defineField({ name: 'actualStart', title: 'Actual start', type: 'date' }),
  defineField({
    name: 'actualEnd',
    title: 'Actual end',
    type: 'date',
    validation: (rule) => rule.custom(notBefore('actualStart')).error(),
  }),
]

export const activityPlaceFields = [
  defineField({
    name: 'locations',
    title: 'Locations',
    type: 'array',
    of: [defineArrayMember({ type: 'location' })],
  }),
  defineField({
    name: 'documents',
    title: 'Documents',
    type: 'array',
    of: [defineArrayMember({ type: 'publication' })],
  }),
]
