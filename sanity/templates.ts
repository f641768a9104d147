import type { InitialValueResolverContext as Context, Template } from 'sanity'
import { SANITY_API_VERSION } from '../lib/content/api-version'
import { nextOrder } from './ordering'

const reference = (id: string) => ({ _type: 'reference', _ref: id })
const client = (context: Context) => context.getClient({ apiVersion: SANITY_API_VERSION })

/** A new objective or cluster in a project: linked to it and numbered after the last one. */
const inProject = (id: string, title: string, schemaType: 'objective' | 'thematicCluster') => ({
  id,
  title,
  schemaType,
  parameters: [{ name: 'projectId', type: 'string' }],
  value: async ({ projectId }: { projectId: string }, context: Context) => ({
    project: reference(projectId),
    order: await nextOrder(client(context), schemaType, projectId),
  }),
})

/**
 * New objectives, clusters and activities created inside a project (or cluster) start linked to
 * it and numbered after the last one, so a new activity needs only its texts.
 */
export const templates = (previous: Template[]): Template[] => [
  ...previous,
  inProject('objective-in-project', 'Objective in project', 'objective'),
  inProject('cluster-in-project', 'Thematic cluster in project', 'thematicCluster'),
  {
    id: 'result-in-project',
    title: 'Result in project',
    schemaType: 'result',
    parameters: [{ name: 'projectId', type: 'string' }],
    value: ({ projectId }: { projectId: string }) => ({ project: reference(projectId) }),
  },
  {
    id: 'activity-in-cluster',
    title: 'Activity in cluster',
    schemaType: 'activity',
    parameters: [
      { name: 'projectId', type: 'string' },
      { name: 'clusterId', type: 'string' },
    ],
    value: async (
      { projectId, clusterId }: { projectId: string; clusterId: string },
      context: Context,
    ) => ({
      project: reference(projectId),
      cluster: reference(clusterId),
      order: await nextOrder(client(context), 'activity', clusterId),
    }),
  },
]
