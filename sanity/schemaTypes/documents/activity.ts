import { defineArrayMember, defineField, defineType } from 'sanity'
import { STATUSES, STATUS_VALUES, studioOptions } from '../../../lib/content/vocabulary'
import { localeField, localeTitleField } from '../objects/localized'
import { galleryField, mainImageField } from '../objects/portal-image'
import { bilingualTitle } from '../preview'
import { publishedId, referenceExists, refOf, studioApiVersion } from '../validation'
import {
  byOrder,
  choiceField,
  clusterReferenceField,
  projectFilter,
  projectMemberFields,
} from './shared-fields'
import { citationsField } from '../donor/citation'
import { eachRoleOnce } from '../objects/organizationRole'
import { activityDateFields, activityPlaceFields } from '../donor/activity-fields'

export const activity = defineType({
  name: 'activity',
  title: 'Activity',
  type: 'document',
  fields: [
    localeTitleField(),
    ...projectMemberFields(
      'title.en',
      'Position within the cluster (1 comes first); the site numbers it "cluster.position", e.g. 4.3.',
    ),
    clusterReferenceField(projectFilter, (rule) =>
      rule
        .required()
        .custom(async (value, context) => {
          const exists = await referenceExists(value, context)
          if (exists !== true || !value?._ref) return exists
          const expected = refOf(context.document?.project)
          if (expected === undefined) return true
          const clusterProject = await context
            .getClient({ apiVersion: studioApiVersion })
            .fetch<string | null>('*[_id == $id][0].project._ref', {
              id: publishedId(value._ref),
            })
          return clusterProject === null || clusterProject === expected
            ? true
            : 'This cluster belongs to another project'
        })
        .error(),
    ),
    choiceField('status', 'Status', studioOptions(STATUSES, STATUS_VALUES), {
      description: 'Leave empty when it is not known; the site then shows no status.',
    }),
    defineField({
      name: 'organizations',
      title: 'Organisations and their roles',
      type: 'array',
      description: 'Who the activity serves (beneficiary) and who works on it (partner).',
      of: [defineArrayMember({ type: 'organizationRole' })],
      validation: (rule) => rule.custom(eachRoleOnce).error(),
    }),
    ...activityDateFields,
    localeField('description', 'Description', { type: 'localeBlockContent' }),
    mainImageField(),
    galleryField(),
    ...activityPlaceFields,
    citationsField('activityCitation'),
  ],
  orderings: [byOrder],
  preview: {
    select: { ka: 'title.ka', en: 'title.en', order: 'order', clusterOrder: 'cluster.order' },
    prepare: ({ ka, en, order, clusterOrder }) => {
      const preview = bilingualTitle(ka, en, 'Activity')
      return { ...preview, title: `${clusterOrder ?? '?'}.${order ?? '?'} ${preview.title}` }
    },
  },
})
