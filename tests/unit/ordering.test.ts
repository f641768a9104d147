import type { InitialValueResolverContext } from 'sanity'
import { nextOrder } from '@/sanity/ordering'
import { templates } from '@/sanity/templates'
import { localSanityClient } from '../support/local-sanity-client'
import { loadSeed } from '../support/seed'
import { studioMessages } from '../support/validate'

const seed = loadSeed()
const client = localSanityClient(seed)
const PROJECT = 'project.secure-borders-safe-migration'
const CLUSTER = 'thematicCluster.migration-data-management'

describe('order numbers', () => {
  it('continue after the highest number of the same parent', async () => {
    expect(await nextOrder(client, 'activity', CLUSTER)).toBe(5)
    expect(await nextOrder(client, 'thematicCluster', PROJECT)).toBe(5)
    expect(await nextOrder(client, 'objective', PROJECT)).toBe(3)
    expect(await nextOrder(client, 'activity', 'thematicCluster.new')).toBe(1)
  })

  it('prefill a new activity of a cluster with its project, cluster and next number', async () => {
    const template = templates([]).find((candidate) => candidate.id === 'activity-in-cluster')!
    const context = { getClient: () => client } as unknown as InitialValueResolverContext
    const value =
      typeof template.value === 'function'
        ? await template.value({ projectId: PROJECT, clusterId: CLUSTER }, context)
        : template.value
    expect(value).toEqual({
      project: { _type: 'reference', _ref: PROJECT },
      cluster: { _type: 'reference', _ref: CLUSTER },
      order: 5,
    })
  })

  it('warn (without blocking) when a sibling already has the number', async () => {
    const census = seed.find((doc) => doc._id === 'activity.national-census')!
    const copy = { ...census, _id: 'drafts.activity.census-2', slug: { current: 'census-2' } }
    expect(await studioMessages(copy, seed, 'warning')).toEqual([
      'order: Another activity of this cluster already has number 3 (activity.national-census)',
    ])
    expect(await studioMessages(copy, seed, 'error')).toEqual([])
    // Number 4 is taken in the migration data cluster, but not in the reintegration cluster (3).
    const elsewhere = {
      ...copy,
      order: 4,
      cluster: { _type: 'reference', _ref: 'thematicCluster.reintegration-of-returning-migrants' },
    }
    expect(await studioMessages(elsewhere, seed, 'warning')).toEqual([])
  })
})
