import { defineArrayMember, defineField, defineType, type ReferenceFilterResolver } from 'sanity'
import { RESULT_TYPES, RESULT_TYPE_VALUES } from '../../../lib/content/donor-vocabulary'
import { studioOptions } from '../../../lib/content/vocabulary'
import { requireAllLanguages } from '../objects/localized'
import { bilingualTitle } from '../preview'
import { referenceExists } from '../validation'
import { sourcesField } from './sources-field'

type Ref = { _ref?: string } | undefined

/** The reference pickers offer only documents of the result's own project. */
const projectFilter: ReferenceFilterResolver = ({ document }) => {
  const project = (document as { project?: Ref }).project?._ref
  return project ? { filter: 'project._ref == $project', params: { project } } : {}
}

/**
 * A result of a project (an output, outcome or impact), under one specific objective or one
 * thematic cluster, measured by indicators. Figures that sources report without a baseline or a
 * target are recorded as actual values only; nothing is estimated.
 */
export const result = defineType({
  name: 'result',
  title: 'Result',
  type: 'document',
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'localeString',
      validation: requireAllLanguages,
    }),
    defineField({
      name: 'project',
      title: 'Project',
      type: 'reference',
      to: [{ type: 'project' }],
      validation: (rule) => rule.required().custom(referenceExists).error(),
    }),
    defineField({
      name: 'objective',
      title: 'Specific objective',
      type: 'reference',
      to: [{ type: 'objective' }],
      options: { filter: projectFilter },
      description: 'Either a specific objective or a thematic cluster.',
      validation: (rule) =>
        rule
          .custom((value: Ref, context) => {
            const cluster = (context.document as { cluster?: Ref } | undefined)?.cluster
            if (Boolean(value?._ref) === Boolean(cluster?._ref)) {
              return 'Choose a specific objective or a thematic cluster (one of them)'
            }
            return true
          })
          .error(),
    }),
    defineField({
      name: 'cluster',
      title: 'Thematic cluster',
      type: 'reference',
      to: [{ type: 'thematicCluster' }],
      options: { filter: projectFilter },
    }),
    defineField({
      name: 'activities',
      title: 'Activities that produce it',
      type: 'array',
      description: 'Only where a source links the result to the activity.',
      of: [
        defineArrayMember({
          type: 'reference',
          to: [{ type: 'activity' }],
          options: { filter: projectFilter },
        }),
      ],
      validation: (rule) => rule.unique(),
    }),
    defineField({
      name: 'order',
      title: 'Order',
      type: 'number',
      validation: (rule) => rule.required().integer().min(1).max(999),
    }),
    defineField({
      name: 'type',
      title: 'Type (IATI ResultType)',
      type: 'string',
      initialValue: '1',
      options: { list: studioOptions(RESULT_TYPES, RESULT_TYPE_VALUES), layout: 'radio' },
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'description',
      title: 'Description',
      type: 'localeText',
    }),
    defineField({
      name: 'indicators',
      title: 'Indicators',
      type: 'array',
      of: [defineArrayMember({ type: 'indicator' })],
      validation: (rule) => rule.required().min(1),
    }),
    sourcesField(),
  ],
  orderings: [{ title: 'Order', name: 'order', by: [{ field: 'order', direction: 'asc' }] }],
  preview: {
    select: { ka: 'title.ka', en: 'title.en' },
    prepare: ({ ka, en }) => bilingualTitle(ka, en, 'Result'),
  },
})
