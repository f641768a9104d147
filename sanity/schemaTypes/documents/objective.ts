import { defineType } from 'sanity'
import { localeField, localeTitleField } from '../objects/localized'
import { numberedPreview } from '../preview'
import { byOrder, projectMemberFields } from './shared-fields'

/** A specific objective of a project (the general objective is a field of the project). */
export const objective = defineType({
  name: 'objective',
  title: 'Specific objective',
  type: 'document',
  fields: [
    localeTitleField(),
    ...projectMemberFields('title.en'),
    localeField('description', 'Description', { type: 'localeBlockContent', required: true }),
  ],
  orderings: [byOrder],
  preview: numberedPreview('Objective'),
})
