import type { Template } from 'sanity'

/** New objectives, clusters and activities created inside a project start linked to it. */
export const templates = (previous: Template[]): Template[] => [
  ...previous,
  {
    id: 'objective-in-project',
    title: 'Objective in project',
    schemaType: 'objective',
    parameters: [{ name: 'projectId', type: 'string' }],
    value: ({ projectId }: { projectId: string }) => ({
      project: { _type: 'reference', _ref: projectId },
    }),
  },
  {
    id: 'cluster-in-project',
    title: 'Thematic cluster in project',
    schemaType: 'thematicCluster',
    parameters: [{ name: 'projectId', type: 'string' }],
    value: ({ projectId }: { projectId: string }) => ({
      project: { _type: 'reference', _ref: projectId },
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
    value: ({ projectId, clusterId }: { projectId: string; clusterId: string }) => ({
      project: { _type: 'reference', _ref: projectId },
      cluster: { _type: 'reference', _ref: clusterId },
    }),
  },
]
