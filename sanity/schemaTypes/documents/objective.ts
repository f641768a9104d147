import { defineField, defineType } from 'sanity'
import { requireAllLanguages } from '../objects/localized'
import { bilingualTitle } from '../preview'
import { byOrder, projectMemberFields } from './shared-fields'

/** A specific objective of a project (the general objective is a field of the project). */
export const objective = defineType({
  name: 'objective',
  title: 'Specific objective',
  type: 'document',
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'localeString',
      validation: requireAllLanguages,
    }),
    ...projectMemberFields('title.en'),
    defineField({
      name: 'description',
      title: 'Description',
      type: 'localeBlockContent',
      validation: requireAllLanguages,
    }),
  ],
  orderings: [byOrder],
  preview: {
    select: { ka: 'title.ka', en: 'title.en', order: 'order' },
    prepare: ({ ka, en, order }) => {
      const preview = bilingualTitle(ka, en, 'Objective')
      return { ...preview, title: `${order ?? '?'}. ${preview.title}` }
    },
  },
})
