/**
 * Characters no page, CSV or XML file should carry: C0 controls other than tab, line feed and
 * carriage return (Word's soft line break is U+000B), the non-characters U+FFFE/U+FFFF, and lone
 * surrogates. XML 1.0 cannot hold any of them, so one of them makes an IATI file unreadable; on a
 * page they are invisible at best. They are removed once, where content enters the app (for both
 * sources alike), and each document that had some is logged.
 */
import { warnOnce } from './schemas/validate'
import type { ContentSource } from './sources/types'

const ILLEGAL =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** The text without the characters above. */
export function withoutIllegalCharacters(text: string): string {
  return text.replace(ILLEGAL, '')
}

type Removal = { document: string; count: number }

function clean(value: unknown, owner: string, removals: Map<string, number>): unknown {
  if (typeof value === 'string') {
    const cleaned = withoutIllegalCharacters(value)
    if (cleaned.length !== value.length) {
      removals.set(owner, (removals.get(owner) ?? 0) + value.length - cleaned.length)
    }
    return cleaned
  }
  if (Array.isArray(value)) return value.map((item) => clean(item, owner, removals))
  if (value && typeof value === 'object') {
    const id: unknown = Reflect.get(value, '_id') ?? Reflect.get(value, 'id')
    const here = typeof id === 'string' ? id : owner
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, clean(item, here, removals)]),
    )
  }
  return value
}

/** A query result without illegal characters, and what was removed from which document. */
export function sanitize(value: unknown): { value: unknown; removals: Removal[] } {
  const removals = new Map<string, number>()
  const cleaned = clean(value, '(query result)', removals)
  return {
    value: cleaned,
    removals: [...removals].map(([document, count]) => ({ document, count })),
  }
}

/** A content source whose results never carry the characters above. */
export function sanitizingSource(source: ContentSource): ContentSource {
  return {
    kind: source.kind,
    async fetch(query, params, options) {
      const { value, removals } = sanitize(await source.fetch(query, params, options))
      for (const { document, count } of removals) {
        warnOnce(
          `[content] removed ${count} control or non-character code point(s) from ${document}`,
        )
      }
      return value
    },
  }
}
