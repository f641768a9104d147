/**
 * Order of objectives, clusters and activities: one visible number per document, within its
 * parent (objectives and clusters within their project, activities within their cluster). The
 * number is content, not just list position: the site shows it ("4.3", "Thematic group 4"), the
 * exports carry it, and it is the only order the queries use.
 */
import type { SanityClient, ValidationContext } from 'sanity'
import { SANITY_API_VERSION } from '../lib/content/api-version'
import { refOf } from './schemaTypes/validation'

type OrderedType = 'objective' | 'thematicCluster' | 'activity'

/** The field that names a document's parent: the list its order number counts within. */
const isOrderedType = (type: string | undefined): type is OrderedType =>
  type !== undefined && Object.hasOwn(ORDER_PARENT, type)

export const ORDER_PARENT: Record<OrderedType, 'project' | 'cluster'> = {
  objective: 'project',
  thematicCluster: 'project',
  activity: 'cluster',
}

/** The number after the highest one among the parent's children, drafts included (1 if none). */
export async function nextOrder(
  client: Pick<SanityClient, 'fetch'>,
  type: OrderedType,
  parentId: string,
): Promise<number> {
  const highest = await client.fetch<number | null>(
    `*[_type == $type && ${ORDER_PARENT[type]}._ref == $parentId] | order(order desc)[0].order`,
    { type, parentId },
  )
  return typeof highest === 'number' ? highest + 1 : 1
}

/**
 * A warning (not an error: renumbering a list passes through duplicates) when another document
 * of the same parent already has this number.
 */
export async function uniqueOrder(value: unknown, context: ValidationContext) {
  const document = context.document
  const type = document?._type
  if (typeof value !== 'number' || !document || !isOrderedType(type)) return true
  const parentId = refOf(document[ORDER_PARENT[type]])
  if (!parentId) return true
  const id = document._id.replace(/^drafts\./, '')
  const other = await context.getClient({ apiVersion: SANITY_API_VERSION }).fetch<string | null>(
    `*[_type == $type && ${ORDER_PARENT[type]}._ref == $parentId && order == $order
        && !(_id in [$id, "drafts." + $id])][0]._id`,
    { type, parentId, order: value, id },
  )
  return other
    ? `Another ${type === 'activity' ? 'activity of this cluster' : 'document of this project'} already has number ${value} (${other.replace(/^drafts\./, '')})`
    : true
}
