import type { Reference, ValidationContext } from 'sanity'
import { SANITY_API_VERSION as studioApiVersion } from '../../lib/content/api-version'
import { publishedId } from '../../lib/content/document-id'
import { SLUG_PATTERN } from '../../lib/content/slug'

export { studioApiVersion }

type SlugValue = { current?: string } | undefined

/** Slugs are ASCII so URLs stay stable and readable in every browser and spreadsheet. */
export function asciiSlug(value: SlugValue): true | string {
  const slug = value?.current
  if (!slug) return true
  return SLUG_PATTERN.test(slug)
    ? true
    : 'Use lowercase ASCII letters, digits and single hyphens only (e.g. "border-police")'
}

/**
 * A reference must point at a document that exists (published or draft). Sanity's strong references
 * already block deleting a referenced document; this catches ids pasted or imported by hand.
 */
export async function referenceExists(
  value: Reference | undefined,
  context: ValidationContext,
): Promise<true | string> {
  if (!value?._ref) return true
  const client = context.getClient({ apiVersion: studioApiVersion })
  const id = publishedId(value._ref)
  const found = await client.fetch<number>('count(*[_id in [$id, $draftId]])', {
    id,
    draftId: `drafts.${id}`,
  })
  return found > 0 ? true : `The referenced document (${id}) does not exist`
}

export { publishedId }

/** A string field of the document being validated, for rules that compare two fields. */
export function documentString(context: ValidationContext, field: string): string | undefined {
  const value = context.document?.[field]
  return typeof value === 'string' ? value : undefined
}
