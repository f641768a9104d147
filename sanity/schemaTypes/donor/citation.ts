import { defineField, defineType } from 'sanity'
import {
  ACTIVITY_FACTS,
  ACTIVITY_FACT_VALUES,
  PROJECT_FACTS,
  PROJECT_FACT_VALUES,
} from '../../../lib/content/donor-vocabulary'
import { isOneOf, studioOptions } from '../../../lib/content/vocabulary'
import { choiceField } from '../documents/shared-fields'
import { localeField } from '../objects/localized'
import { sourcesField } from './sources-field'

/**
 * Which sources a fact of the document rests on, and what the reader should know about them
 * (e.g. "one source gives 2010, five give 2012"). One citation type per document type, each with
 * the facts that document has.
 */
function citationType<F extends string>(
  name: string,
  facts: Record<F, string>,
  values: readonly F[],
) {
  return defineType({
    name,
    title: 'Citation',
    type: 'object',
    fields: [
      choiceField('fact', 'Fact', studioOptions(facts, values), { required: true }),
      sourcesField({ required: true }),
      localeField('note', 'Note', {
        type: 'localeText',
        description:
          'Where sources disagree: what most say (the value recorded) and what the others say.',
      }),
    ],
    preview: {
      select: { fact: 'fact', first: 'sources.0.title' },
      prepare: ({ fact, first }) => ({
        title: isOneOf(values, fact) ? facts[fact] : 'Citation',
        subtitle: first,
      }),
    },
  })
}

export const projectCitation = citationType('projectCitation', PROJECT_FACTS, PROJECT_FACT_VALUES)
export const activityCitation = citationType(
  'activityCitation',
  ACTIVITY_FACTS,
  ACTIVITY_FACT_VALUES,
)

/** The `citations` field of a document: one citation per fact, at most. */
export function citationsField(type: 'projectCitation' | 'activityCitation', group?: string) {
  return defineField({
    name: 'citations',
    title: 'Sources of the facts',
    type: 'array',
    group,
    description: 'For every fact that does not come from the project’s own page.',
    of: [{ type }],
    validation: (rule) =>
      rule
        .custom((value: { fact?: string }[] | undefined) => {
          const facts = (value ?? []).map((entry) => entry.fact)
          return new Set(facts).size === facts.length ? true : 'Cite each fact once'
        })
        .error(),
  })
}
