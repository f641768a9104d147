import { defineField } from 'sanity'
import { uniqueOrder } from '../../ordering'
import { asciiSlug, referenceExists } from '../validation'

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
    defineField({
      name: 'slug',
      title: 'Slug',
      type: 'slug',
      description: 'Stable ASCII identifier used in the URL. Changing it breaks existing links.',
      options: { source: slugSource, maxLength: 80 },
      validation: (rule) => rule.required().custom(asciiSlug).error(),
    }),
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
