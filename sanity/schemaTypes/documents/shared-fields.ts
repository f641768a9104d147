import { defineField } from 'sanity'
import { asciiSlug, referenceExists } from '../validation'

/** Objectives, clusters and activities belong to one project, have a stable slug and an order. */
export function projectMemberFields(slugSource: string) {
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
      description: 'Position within the project (1 comes first).',
      validation: (rule) => rule.required().integer().min(1).max(999),
    }),
  ]
}

export const byOrder = {
  title: 'Order',
  name: 'order',
  by: [{ field: 'order', direction: 'asc' as const }],
}
