import { defineArrayMember, defineField } from 'sanity'
import { referenceExists } from '../validation'

/** The sources a fact rests on: references to `source` documents. */
export function sourcesField(options: { required?: boolean; group?: string } = {}) {
  return defineField({
    name: 'sources',
    title: 'Sources',
    type: 'array',
    group: options.group,
    description: 'The public pages this rests on (Content → Sources).',
    of: [
      defineArrayMember({
        type: 'reference',
        to: [{ type: 'source' }],
        validation: (rule) => rule.custom(referenceExists).error(),
      }),
    ],
    validation: (rule) => (options.required ? rule.required().min(1).unique() : rule.unique()),
  })
}
