import { defineArrayMember, defineField, type ValidationContext } from 'sanity'
import { referenceExists } from '../validation'

type SourcesOptions = {
  required?: boolean
  group?: string
  /** A further check of the list (e.g. "a source or a recorded assumption"), as an error. */
  custom?: (value: unknown, context: ValidationContext) => true | string
}

/** The sources a fact rests on: references to `source` documents. */
export function sourcesField(options: SourcesOptions = {}) {
  const { custom } = options
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
    validation: (rule) => {
      const base = options.required ? rule.required().min(1).unique() : rule.unique()
      return custom ? base.custom(custom).error() : base
    },
  })
}
