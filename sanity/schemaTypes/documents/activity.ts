import { defineArrayMember, defineField, defineType } from 'sanity'
import { STATUSES, STATUS_VALUES, studioOptions } from '../../../lib/content/vocabulary'
import { requireAllLanguages } from '../objects/localized'
import { bilingualTitle } from '../preview'
import { publishedId, referenceExists, studioApiVersion } from '../validation'
import { byOrder, projectMemberFields } from './shared-fields'
import { citationsField } from '../donor/citation'
import { activityDateFields, activityPlaceFields } from '../donor/activity-fields'

export const activity = defineType({
  name: 'activity',
  title: 'Activity',
  type: 'document',
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'localeString',
      validation: requireAllLanguages,
    }),
    ...projectMemberFields(
      'title.en',
      'Position within the cluster (1 comes first); the site numbers it "cluster.position", e.g. 4.3.',
    ),
    defineField({
      name: 'cluster',
      title: 'Thematic cluster',
      type: 'reference',
      to: [{ type: 'thematicCluster' }],
      options: {
        // Offer only the clusters of this activity's project.
        filter: ({ document }) => {
          const project = document.project
          const projectRef =
            project && typeof project === 'object' && '_ref' in project ? project._ref : null
          return projectRef
            ? { filter: 'project._ref == $project', params: { project: projectRef } }
            : {}
        },
      },
      validation: (rule) =>
        rule
          .required()
          .custom(async (value, context) => {
            const exists = await referenceExists(value, context)
            if (exists !== true || !value?._ref) return exists
            const projectRef = context.document?.project
            const expected =
              projectRef && typeof projectRef === 'object' && '_ref' in projectRef
                ? projectRef._ref
                : null
            if (typeof expected !== 'string') return true
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
    }),
    defineField({
      name: 'status',
      title: 'Status',
      type: 'string',
      description: 'Leave empty when it is not known; the site then shows no status.',
      options: { list: studioOptions(STATUSES, STATUS_VALUES) },
    }),
    defineField({
      name: 'organizations',
      title: 'Organisations and their roles',
      type: 'array',
      description: 'Who the activity serves (beneficiary) and who works on it (partner).',
      of: [defineArrayMember({ type: 'organizationRole' })],
      validation: (rule) =>
        rule
          .custom((value: { organization?: { _ref?: string }; role?: string }[] | undefined) => {
            const keys = (value ?? []).map((entry) => `${entry.organization?._ref}:${entry.role}`)
            return new Set(keys).size === keys.length
              ? true
              : 'An organisation is listed twice with the same role'
          })
          .error(),
    }),
    ...activityDateFields,
    defineField({
      name: 'description',
      title: 'Description',
      type: 'localeBlockContent',
    }),
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
