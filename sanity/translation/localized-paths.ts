/**
 * Where a schema keeps localised texts, derived from the compiled schema itself: every field whose
 * type is (or extends) `localeString`, `localeText` or `localeBlockContent`, inside objects and
 * arrays at any depth. New document types and fields are covered without being listed anywhere.
 */
import type { Schema, SchemaType } from 'sanity'

export const LOCALIZED_TYPE_NAMES = ['localeString', 'localeText', 'localeBlockContent'] as const

/** One step from a document to a localised value: an object field, or the items of an array. */
export type PathSegment =
  { kind: 'field'; name: string; title: string } | { kind: 'item'; type: string; title: string }

export type LocalizedPath = { segments: PathSegment[] }

/** The part of a compiled schema this module reads (`Schema` from sanity satisfies it). */
export type SchemaLike = Pick<Schema, 'get' | 'getTypeNames'>

// Deep enough for any real content model; stops recursive types (an object that contains itself).
const MAX_DEPTH = 8

function typeChain(type: SchemaType | undefined): SchemaType[] {
  const chain: SchemaType[] = []
  for (let current = type; current && chain.length < 20; current = current.type) chain.push(current)
  return chain
}

export function isLocalizedType(type: SchemaType | undefined): boolean {
  return typeChain(type).some((link) =>
    (LOCALIZED_TYPE_NAMES as readonly string[]).includes(link.name),
  )
}

function isDocumentType(type: SchemaType | undefined): boolean {
  const chain = typeChain(type)
  return chain.at(-1)?.name === 'document' && chain.length > 1
}

function collect(type: SchemaType, segments: PathSegment[], out: LocalizedPath[]): void {
  if (segments.length > MAX_DEPTH) return
  if (segments.length > 0 && isLocalizedType(type)) {
    out.push({ segments })
    return
  }
  if (type.jsonType === 'object' && 'fields' in type) {
    for (const field of type.fields) {
      if (field.name.startsWith('_')) continue
      const title = field.type.title ?? field.name
      collect(field.type, [...segments, { kind: 'field', name: field.name, title }], out)
    }
  } else if (type.jsonType === 'array' && 'of' in type) {
    for (const member of type.of) {
      const title = member.title ?? member.name
      collect(member, [...segments, { kind: 'item', type: member.name, title }], out)
    }
  }
}

/** The localised fields of one document type (empty for unknown types). */
export function localizedPathsOf(schema: SchemaLike, typeName: string): LocalizedPath[] {
  const type = schema.get(typeName)
  if (!type || !isDocumentType(type)) return []
  const out: LocalizedPath[] = []
  collect(type, [], out)
  return out
}

const cache = new WeakMap<object, Map<string, LocalizedPath[]>>()

/** Every document type that has localised fields, with those fields (cached per schema). */
export function localizedPathsByType(schema: SchemaLike): Map<string, LocalizedPath[]> {
  const cached = cache.get(schema)
  if (cached) return cached
  const byType = new Map<string, LocalizedPath[]>()
  for (const name of schema.getTypeNames()) {
    const paths = localizedPathsOf(schema, name)
    if (paths.length > 0) byType.set(name, paths)
  }
  cache.set(schema, byType)
  return byType
}

/** "Logo › Alternative text": how editors see a path in the Studio. */
export function pathTitle(path: LocalizedPath): string {
  return path.segments
    .filter((segment) => segment.kind === 'field')
    .map((segment) => segment.title)
    .join(' › ')
}
