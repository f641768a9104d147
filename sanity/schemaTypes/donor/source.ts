import { defineField, defineType } from 'sanity'
import {
  DOCUMENT_LANGUAGES,
  DOCUMENT_LANGUAGE_VALUES,
  LOOSE_DATE_PATTERN,
  SOURCE_KINDS,
  SOURCE_KIND_VALUES,
} from '../../../lib/content/donor-vocabulary'
import { studioOptions } from '../../../lib/content/vocabulary'
import { choiceField } from '../documents/shared-fields'
import { localeField } from '../objects/localized'

/**
 * A public page a fact rests on, with the passage it rests on. Every fact that does not come from
 * the project's own page cites one or more of these; pages list them under "Sources". One document
 * per cited passage: a page that supports several facts with different sentences is cited twice.
 */
export const source = defineType({
  name: 'source',
  title: 'Source',
  type: 'document',
  fields: [
    defineField({
      name: 'title',
      title: 'Title of the page',
      type: 'string',
      description: 'As the page itself gives it, in its own language.',
      validation: (rule) => rule.required().max(300),
    }),
    defineField({
      name: 'url',
      title: 'Address (URL)',
      type: 'url',
      validation: (rule) => rule.required().uri({ scheme: ['https', 'http'] }),
    }),
    localeField('publisher', 'Publisher', {
      required: true,
      description: 'Who published the page, e.g. "Ministry of Internal Affairs of Georgia".',
    }),
    choiceField('kind', 'Kind of page', studioOptions(SOURCE_KINDS, SOURCE_KIND_VALUES), {
      required: true,
      layout: 'radio',
    }),
    choiceField(
      'language',
      'Language of the page',
      studioOptions(DOCUMENT_LANGUAGES, DOCUMENT_LANGUAGE_VALUES),
      { required: true },
    ),
    defineField({
      name: 'published',
      title: 'Published',
      type: 'string',
      description:
        'When the page says it was published: YYYY, YYYY-MM or YYYY-MM-DD. Empty if it does not say.',
      validation: (rule) => rule.regex(LOOSE_DATE_PATTERN, { name: 'YYYY(-MM(-DD))' }),
    }),
    defineField({
      name: 'seen',
      title: 'Date seen',
      type: 'date',
      description: 'When the page was read and the quote copied.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'quote',
      title: 'Quote',
      type: 'text',
      rows: 4,
      description:
        'The passage the fact rests on, verbatim, in the language of the page. Mark left-out text with […].',
      validation: (rule) => rule.required().max(2000),
    }),
    localeField('note', 'Note', {
      type: 'localeText',
      description:
        'Optional: what the reader should know about this page (e.g. the year is not printed).',
    }),
  ],
  preview: {
    select: { title: 'title', url: 'url' },
    prepare: ({ title, url }) => ({ title: title || 'Source', subtitle: url }),
  },
})
