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

/** The `_ref` of a reference value, if it is one. */
export function refOf(value: unknown): string | undefined {
  return value && typeof value === 'object' && '_ref' in value && typeof value._ref === 'string'
    ? value._ref
    : undefined
}

/** An end date (or month, or year) must not come before its start; either may be missing. */
export function notBeforeStart(start: string | undefined, end: string | undefined): true | string {
  return !end || !start || end >= start ? true : 'The end must not be before the start'
}

/** A string field of the object being validated (e.g. a period's start), for rules that compare. */
export function parentString(context: ValidationContext, field: string): string | undefined {
  const parent = context.parent
  const value: unknown =
    parent && typeof parent === 'object' ? Reflect.get(parent, field) : undefined
  return typeof value === 'string' ? value : undefined
}
