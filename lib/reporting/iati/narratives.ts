import type { Localized, PortableTextValue } from '@/lib/content/schemas'
import { el, type XmlElement } from './xml'

type Text = Localized<string> | null | undefined

/**
 * One `<narrative>` per language version of a text (the same text in every portal language); a
 * fallback is labelled with the language it is really in, and a text that arrives twice (the
 * fallback of both languages) is written once.
 */
export function narratives(texts: Text[]): XmlElement[] {
  const seen = new Set<string>()
  return texts.flatMap((text) => {
    if (!text || !text.value.trim()) return []
    const key = `${text.lang}\u0000${text.value}`
    if (seen.has(key)) return []
    seen.add(key)
    return [el('narrative', { 'xml:lang': text.lang }, text.value)]
  })
}

/**
 * An element holding narratives (title, description, name…). Null when no language has the text:
 * such elements must hold at least one narrative, so they are left out rather than written empty.
 */
export function textElement(
  name: string,
  texts: Text[],
  attributes: Record<string, string | undefined> = {},
): XmlElement | null {
  const items = narratives(texts)
  return items.length ? el(name, attributes, ...items) : null
}

/** The plain text of Portable Text (paragraphs separated by blank lines), for narratives. */
export function plainText(blocks: PortableTextValue): string {
  return blocks
    .map((block) =>
      Array.isArray(block.children)
        ? block.children
            .map((child: unknown) =>
              child && typeof child === 'object' && typeof Reflect.get(child, 'text') === 'string'
                ? String(Reflect.get(child, 'text'))
                : '',
            )
            .join('')
        : '',
    )
    .filter((text) => text.trim())
    .join('\n\n')
}

/** Plain text of a localised rich text, keeping its language. */
export function plainLocalized(
  value: Localized<PortableTextValue> | null,
): Localized<string> | null {
  if (!value) return null
  const text = plainText(value.value)
  return text ? { value: text, lang: value.lang } : null
}
