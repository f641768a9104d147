import type { InitialValueResolverContext as Context, Template } from 'sanity'
import { SANITY_API_VERSION } from '../lib/content/api-version'
import { nextOrder } from './ordering'

const reference = (id: string) => ({ _type: 'reference', _ref: id })
const client = (context: Context) => context.getClient({ apiVersion: SANITY_API_VERSION })

/**
 * New objectives, clusters and activities created inside a project (or cluster) start linked to
 * it and numbered after the last one, so a new activity needs only its texts.
 */
export const templates = (previous: Template[]): Template[] => [
  ...previous,
  {
    id: 'objective-in-project',
    title: 'Objective in project',
    schemaType: 'objective',
    parameters: [{ name: 'projectId', type: 'string' }],
    value: async ({ projectId }: { projectId: string }, context: Context) => ({
      project: reference(projectId),
      order: await nextOrder(client(context), 'objective', projectId),
    }),
  },
  {
    id: 'cluster-in-project',
    title: 'Thematic cluster in project',
    schemaType: 'thematicCluster',
    parameters: [{ name: 'projectId', type: 'string' }],
    value: async ({ projectId }: { projectId: string }, context: Context) => ({
      project: reference(projectId),
      order: await nextOrder(client(context), 'thematicCluster', projectId),
    }),
  },
  {
    id: 'result-in-project',
    title: 'Result in project',
    schemaType: 'result',
    parameters: [{ name: 'projectId', type: 'string' }],
    value: ({ projectId }: { projectId: string }) => ({
      project: { _type: 'reference', _ref: projectId },
    }),
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
