import { defineArrayMember, defineField, defineType } from 'sanity'
import { RESULT_TYPES, RESULT_TYPE_VALUES } from '../../../lib/content/donor-vocabulary'
import { studioOptions } from '../../../lib/content/vocabulary'
import {
  byOrder,
  choiceField,
  clusterReferenceField,
  orderField,
  projectFilter,
  requiredReferenceField,
} from '../documents/shared-fields'
import { localeField, localeTitleField } from '../objects/localized'
import { bilingualPreview } from '../preview'
import { refOf } from '../validation'
import { sourcesField } from './sources-field'

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
    localeTitleField(),
    requiredReferenceField('project', 'Project', 'project'),
    defineField({
      name: 'objective',
      title: 'Specific objective',
      type: 'reference',
      to: [{ type: 'objective' }],
      options: { filter: projectFilter },
      description: 'Either a specific objective or a thematic cluster.',
      validation: (rule) =>
        rule
          .custom((value, context) => {
            if (Boolean(refOf(value)) === Boolean(refOf(context.document?.cluster))) {
              return 'Choose a specific objective or a thematic cluster (one of them)'
            }
            return true
          })
          .error(),
    }),
    clusterReferenceField(projectFilter),
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
    orderField(),
    choiceField('type', 'Type (IATI ResultType)', studioOptions(RESULT_TYPES, RESULT_TYPE_VALUES), {
      required: true,
      initialValue: '1',
      layout: 'radio',
    }),
    localeField('description', 'Description', { type: 'localeText' }),
    defineField({
      name: 'aggregationStatus',
      title: 'Suitable for aggregation (IATI)',
      type: 'boolean',
      description:
        'Whether the figures can be added up with those of other activities (IATI aggregation-status). Leave unset when not known.',
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
  orderings: [byOrder],
  preview: bilingualPreview('Result'),
})
