import { defineField, defineType } from 'sanity'
import {
  DOCUMENT_CATEGORIES,
  DOCUMENT_CATEGORY_VALUES,
  DOCUMENT_LANGUAGES,
  DOCUMENT_LANGUAGE_VALUES,
} from '../../../lib/content/donor-vocabulary'
import { studioOptions } from '../../../lib/content/vocabulary'
import { requireAllLanguages } from '../objects/localized'

/** A document of the project or an activity: a file with its title, language, date and category. */
export const publication = defineType({
  name: 'publication',
  title: 'Document',
  type: 'object',
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'localeString',
      validation: requireAllLanguages,
    }),
    defineField({
      name: 'file',
      title: 'File',
      type: 'file',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'language',
      title: 'Language of the document',
      type: 'string',
      options: { list: studioOptions(DOCUMENT_LANGUAGES, DOCUMENT_LANGUAGE_VALUES) },
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'date',
      title: 'Date of the document',
      type: 'date',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'category',
      title: 'Category (IATI DocumentCategory)',
      type: 'string',
      options: { list: studioOptions(DOCUMENT_CATEGORIES, DOCUMENT_CATEGORY_VALUES) },
      validation: (rule) => rule.required(),
    }),
  ],
  preview: {
    select: { ka: 'title.ka', en: 'title.en', date: 'date' },
    prepare: ({ ka, en, date }) => ({ title: ka ?? en ?? 'Document', subtitle: date }),
  },
})
