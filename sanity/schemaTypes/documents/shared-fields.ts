import { defineField } from 'sanity'
import { uniqueOrder } from '../../ordering'
import { referenceExists } from '../validation'
import { slugFields } from './slug-fields'

/**
 * Objectives, clusters and activities belong to one project, have a stable slug and an order
 * number (within the project, or for activities within their cluster; see sanity/ordering.ts).
 */
export function projectMemberFields(
  slugSource: string,
  orderDescription = 'Position within the project (1 comes first).',
) {
  return [
    defineField({
      name: 'project',
      title: 'Project',
      type: 'reference',
      to: [{ type: 'project' }],
      validation: (rule) => rule.required().custom(referenceExists).error(),
    }),
    ...slugFields(slugSource),
    defineField({
      name: 'order',
      title: 'Order',
      type: 'number',
      description: orderDescription,
      validation: (rule) => [
        rule.required().integer().min(1).max(999),
        rule.custom(uniqueOrder).warning(),
      ],
    }),
  ]
}

export const byOrder = {
  title: 'Order',
  name: 'order',
  by: [{ field: 'order', direction: 'asc' as const }],
}
