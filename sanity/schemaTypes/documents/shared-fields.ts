import {
  defineField,
  type DateRule,
  type Reference,
  type ReferenceFilterResolver,
  type ReferenceRule,
  type StringRule,
  type ValidationBuilder,
} from 'sanity'
import { uniqueOrder } from '../../ordering'
import { notBeforeStart, parentString, publishedId, referenceExists, refOf } from '../validation'
import { slugFields } from './slug-fields'

/**
 * Field builders for the fields many types declare alike (one definition of each field's title,
 * type and rules). Localised texts are built in objects/localized.ts, sources in
 * donor/sources-field.ts.
 */

/** A reference that must be filled and must point at a document that exists. */
export function requiredReferenceField(name: string, title: string, to: string) {
  return defineField({
    name,
    title,
    type: 'reference',
    to: [{ type: to }],
    validation: (rule) => rule.required().custom(referenceExists).error(),
  })
}

/** Reference pickers that offer only documents of one project (none given: all of them). */
export function sameProjectFilter(project: string | undefined) {
  return project ? { filter: 'project._ref == $project', params: { project } } : {}
}

/** In a document that belongs to a project: offer only documents of that same project. */
export const projectFilter: ReferenceFilterResolver = ({ document }) =>
  sameProjectFilter(refOf(document.project))

/** In a project itself: offer only the project's own documents. */
export const ownProjectFilter: ReferenceFilterResolver = ({ document }) =>
  sameProjectFilter(publishedId(document._id))

/** The thematic cluster something belongs to, picked among the clusters `filter` offers. */
export function clusterReferenceField(
  filter: ReferenceFilterResolver,
  validation?: ValidationBuilder<ReferenceRule, Reference>,
) {
  return defineField({
    name: 'cluster',
    title: 'Thematic cluster',
    type: 'reference',
    to: [{ type: 'thematicCluster' }],
    options: { filter },
    ...(validation ? { validation } : {}),
  })
}

/**
 * The order number of a document within its list (1 comes first). Objectives, clusters and
 * activities also warn when a sibling has the same number (see sanity/ordering.ts).
 */
export function orderField(options: { description?: string; unique?: boolean } = {}) {
  return defineField({
    name: 'order',
    title: 'Order',
    type: 'number',
    description: options.description,
    validation: (rule) => [
      rule.required().integer().min(1).max(999),
      ...(options.unique ? [rule.custom(uniqueOrder).warning()] : []),
    ],
  })
}

/**
 * Objectives, clusters and activities belong to one project, have a stable slug and an order
 * number (within the project, or for activities within their cluster; see sanity/ordering.ts).
 */
export function projectMemberFields(
  slugSource: string,
  orderDescription = 'Position within the project (1 comes first).',
) {
  return [
    requiredReferenceField('project', 'Project', 'project'),
    ...slugFields(slugSource),
    orderField({ description: orderDescription, unique: true }),
  ]
}

export const byOrder = {
  title: 'Order',
  name: 'order',
  by: [{ field: 'order', direction: 'asc' as const }],
}

/**
 * A string field whose value is one of a vocabulary's (lib/content/vocabulary.ts,
 * donor-vocabulary.ts), picked from the list of its titles.
 */
export function choiceField<V extends string>(
  name: string,
  title: string,
  list: { title: string; value: V }[],
  options: {
    required?: boolean
    initialValue?: V
    layout?: 'radio' | 'dropdown'
    direction?: 'horizontal' | 'vertical'
    group?: string
    description?: string
  } = {},
) {
  const { required, layout, direction, ...rest } = options
  return defineField({
    name,
    title,
    type: 'string',
    ...rest,
    options: { list, layout, direction },
    // No `validation` key when optional: even an undefined one makes Sanity add a check that
    // the value is in the list, which the field never had.
    ...(required ? { validation: (rule: StringRule) => rule.required() } : {}),
  })
}

/** IATI identifiers: a two-letter prefix, then hyphen-separated parts (e.g. XM-DAC-47066). */
export function iatiIdentifierField(title: string, description: string, group?: string) {
  return defineField({
    name: 'iatiIdentifier',
    title,
    type: 'string',
    group,
    description,
    validation: (rule) => rule.regex(/^[A-Z]{2}(-[A-Za-z0-9._]+)+$/, { name: 'IATI identifier' }),
  })
}

/** A web address: http(s) only. */
export function websiteField() {
  return defineField({
    name: 'website',
    title: 'Website',
    type: 'url',
    validation: (rule) => rule.uri({ scheme: ['https', 'http'] }),
  })
}

/** The end of an object's period: not before its start, and further checks where asked. */
function periodEndProblem(
  start: string | undefined,
  end: string | undefined,
  options: { bothOrNeither?: boolean; atMostAYear?: boolean },
): true | string {
  if (options.bothOrNeither && Boolean(end) !== Boolean(start)) return 'Give both dates or neither'
  const order = notBeforeStart(start, end)
  if (order !== true || !end || !start) return order
  const days = (Date.parse(end) - Date.parse(start)) / 86_400_000
  return !options.atMostAYear || days <= 365 ? true : 'IATI budgets cover at most a year'
}

/**
 * The `start` and `end` dates of a period inside an object (an indicator's reporting period, a
 * budget's period): `bothOrNeither` when the period may be unknown, `atMostAYear` for IATI budgets.
 */
export function periodFields(options: {
  required?: boolean
  bothOrNeither?: boolean
  atMostAYear?: boolean
  startDescription?: string
  endDescription?: string
}) {
  const { required, startDescription, endDescription } = options
  return [
    defineField({
      name: 'start',
      title: 'Period start',
      type: 'date',
      description: startDescription,
      ...(required ? { validation: (rule: DateRule) => rule.required() } : {}),
    }),
    defineField({
      name: 'end',
      title: 'Period end',
      type: 'date',
      description: endDescription,
      validation: (rule) =>
        (required ? rule.required() : rule)
          .custom((end, context) => periodEndProblem(parentString(context, 'start'), end, options))
          .error(),
    }),
  ]
}
