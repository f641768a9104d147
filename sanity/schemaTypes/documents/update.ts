import { defineArrayMember, defineField, defineType } from 'sanity'
import { localeField, localeTitleField } from '../objects/localized'
import { sourcesField } from '../donor/sources-field'
import { bilingualTitle } from '../preview'
import { referenceExists } from '../validation'
import { projectFilter } from './shared-fields'
import { slugFields } from './slug-fields'

/**
 * A news item or story. It appears on the site from `publishedAt` on (a later date schedules it:
 * no rebuild needed, see docs/architecture.md "Updates"), and only in the languages its title is
 * written in. The project and activities it names list it on their pages.
 */
export const update = defineType({
  name: 'update',
  title: 'Update',
  type: 'document',
  fields: [
    localeTitleField(),
    ...slugFields('title.en'),
    defineField({
      name: 'publishedAt',
      title: 'Published',
      type: 'datetime',
      description:
        'When the update appears on the site. A date in the future schedules it; until then it stays hidden.',
      initialValue: () => new Date().toISOString(),
      validation: (rule) => rule.required(),
    }),
    localeField('summary', 'Summary', {
      type: 'localeText',
      description: 'One or two sentences: the lists, the feed and link previews show it.',
    }),
    localeField('body', 'Text', { type: 'localeBlockContent' }),
    defineField({
      name: 'mainImage',
      title: 'Photo',
      type: 'portalImage',
      description: 'Shown at the top of the update and as its link preview image.',
    }),
    defineField({
      name: 'project',
      title: 'Project',
      type: 'reference',
      to: [{ type: 'project' }],
      description: 'The project the update is about; its overview lists the update.',
      validation: (rule) => rule.custom(referenceExists).error(),
    }),
    defineField({
      name: 'activities',
      title: 'Activities',
      type: 'array',
      description: 'The activities it reports on; their pages (and their clusters’) list it.',
      of: [
        defineArrayMember({
          type: 'reference',
          to: [{ type: 'activity' }],
          options: { filter: projectFilter },
          validation: (rule) => rule.custom(referenceExists).error(),
        }),
      ],
      validation: (rule) => rule.unique(),
    }),
    sourcesField(),
  ],
  orderings: [
    {
      title: 'Newest first',
      name: 'publishedAtDesc',
      by: [{ field: 'publishedAt', direction: 'desc' }],
    },
  ],
  preview: {
    select: { ka: 'title.ka', en: 'title.en', publishedAt: 'publishedAt' },
    prepare: ({ ka, en, publishedAt }) => {
      const preview = bilingualTitle(ka, en, 'Update')
      const date = typeof publishedAt === 'string' ? publishedAt.slice(0, 10) : 'no date'
      const scheduled = typeof publishedAt === 'string' && Date.parse(publishedAt) > Date.now()
      return {
        ...preview,
        subtitle: `${date}${scheduled ? ' (scheduled)' : ''} · ${preview.subtitle}`,
      }
    },
  },
})
