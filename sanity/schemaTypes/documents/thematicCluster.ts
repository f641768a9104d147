import { defineType } from 'sanity'
import { TEXT_LIMITS } from '../../../lib/content/limits'
import { localeField, localeTitleField } from '../objects/localized'
import { mainImageField } from '../objects/portal-image'
import { numberedPreview } from '../preview'
import { byOrder, projectMemberFields } from './shared-fields'

/** A thematic cluster ("area of action") groups a project's activities under one heading. */
export const thematicCluster = defineType({
  name: 'thematicCluster',
  title: 'Thematic cluster',
  type: 'document',
  fields: [
    localeTitleField(),
    localeField('shortTitle', 'Short title', {
      required: true,
      short: true,
      description: `A few words for tables, filters and cards (e.g. "Migration data management"); at most ${TEXT_LIMITS.shortTitle} characters.`,
    }),
    ...projectMemberFields('title.en'),
    localeField('description', 'Description', {
      type: 'localeBlockContent',
      description: 'Optional introduction shown above the list of activities.',
    }),
    mainImageField(),
  ],
  orderings: [byOrder],
  preview: numberedPreview('Thematic cluster'),
})
