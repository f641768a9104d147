import { defineField } from 'sanity'
import { referenceExists } from '../validation'
import { slugFields } from './slug-fields'

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
    ...slugFields(slugSource),
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
