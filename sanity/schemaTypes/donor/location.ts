import { defineField, defineType } from 'sanity'
import { localeField } from '../objects/localized'
import { sourcesField } from './sources-field'

/** A place where the project or an activity works (a border crossing point, a centre, a region). */
export const location = defineType({
  name: 'location',
  title: 'Location',
  type: 'object',
  fields: [
    localeField('name', 'Name', { required: true }),
    localeField('description', 'What happens there'),
    defineField({
      name: 'point',
      title: 'Coordinates',
      type: 'geopoint',
      description: 'Only if a source gives them; the name alone is enough.',
    }),
    sourcesField(),
  ],
  preview: {
    select: { ka: 'name.ka', en: 'name.en' },
    prepare: ({ ka, en }) => ({ title: ka ?? en ?? 'Location', subtitle: ka ? en : undefined }),
  },
})
