import { defineField, defineType } from 'sanity'
import {
  DOCUMENT_CATEGORIES,
  DOCUMENT_CATEGORY_VALUES,
  DOCUMENT_LANGUAGES,
  DOCUMENT_LANGUAGE_VALUES,
} from '../../../lib/content/donor-vocabulary'
import { studioOptions } from '../../../lib/content/vocabulary'
import { choiceField } from '../documents/shared-fields'
import { localeTitleField } from '../objects/localized'

/** A document of the project or an activity: a file with its title, language, date and category. */
export const publication = defineType({
  name: 'publication',
  title: 'Document',
  type: 'object',
  fields: [
    localeTitleField(),
    defineField({
      name: 'file',
      title: 'File',
      type: 'file',
      validation: (rule) => rule.required(),
    }),
    choiceField(
      'language',
      'Language of the document',
      studioOptions(DOCUMENT_LANGUAGES, DOCUMENT_LANGUAGE_VALUES),
      { required: true },
    ),
    defineField({
      name: 'date',
      title: 'Date of the document',
      type: 'date',
      validation: (rule) => rule.required(),
    }),
    choiceField(
      'category',
      'Category (IATI DocumentCategory)',
      studioOptions(DOCUMENT_CATEGORIES, DOCUMENT_CATEGORY_VALUES),
      { required: true },
    ),
  ],
  preview: {
    select: { ka: 'title.ka', en: 'title.en', date: 'date' },
    prepare: ({ ka, en, date }) => ({ title: ka ?? en ?? 'Document', subtitle: date }),
  },
})
