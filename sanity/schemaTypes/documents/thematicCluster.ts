import { defineField, defineType } from 'sanity'
import { requireAllLanguages, requireBothIfAny } from '../objects/localized'
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
      description:
        'A few words for tables, filters and cards (e.g. "Migration data management"); at most 48 characters.',
      validation: (rule) => [
        requireAllLanguages(rule),
        rule
          .custom((value: Record<string, unknown> | undefined) =>
            Object.values(value ?? {}).some((text) => typeof text === 'string' && text.length > 48)
              ? 'Keep the short title to 48 characters or fewer'
              : true,
          )
          .error(),
      ],
    }),
    ...projectMemberFields('title.en'),
    defineField({
      name: 'description',
      title: 'Description',
      type: 'localeBlockContent',
      description: 'Optional introduction shown above the list of activities.',
      validation: requireBothIfAny,
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
