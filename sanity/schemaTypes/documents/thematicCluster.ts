import { defineField, defineType } from 'sanity'
import { TEXT_LIMITS } from '../../../lib/content/limits'
import { requireAllLanguages, withinShortTitleLength } from '../objects/localized'
import { bilingualTitle } from '../preview'
import { byOrder, projectMemberFields } from './shared-fields'

/** A thematic cluster ("area of action") groups a project's activities under one heading. */
export const thematicCluster = defineType({
  name: 'thematicCluster',
  title: 'Thematic cluster',
  type: 'document',
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'localeString',
      validation: requireAllLanguages,
    }),
    defineField({
      name: 'shortTitle',
      title: 'Short title',
      type: 'localeString',
      description: `A few words for tables, filters and cards (e.g. "Migration data management"); at most ${TEXT_LIMITS.shortTitle} characters.`,
      validation: (rule) => [requireAllLanguages(rule), withinShortTitleLength(rule)],
    }),
    ...projectMemberFields('title.en'),
    defineField({
      name: 'description',
      title: 'Description',
      type: 'localeBlockContent',
      description: 'Optional introduction shown above the list of activities.',
    }),
  ],
  orderings: [byOrder],
  preview: {
    select: { ka: 'title.ka', en: 'title.en', order: 'order' },
    prepare: ({ ka, en, order }) => {
      const preview = bilingualTitle(ka, en, 'Thematic cluster')
      return { ...preview, title: `${order ?? '?'}. ${preview.title}` }
    },
  },
})
