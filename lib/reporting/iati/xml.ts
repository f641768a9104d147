/**
 * A small XML writer for the IATI file. It escapes every text and attribute, and it cannot write
 * what the IATI schema forbids to be empty: an attribute without a value is left out, an element
 * left without content and attributes disappears, an element missing an attribute the schema
 * requires disappears (its `requires`), and an element marked `required` that would vanish stops
 * the export with an error instead of producing an invalid file (e.g. an empty `iati-identifier`).
 */

type AttributeValue = string | number | boolean | null | undefined
export type Attributes = Record<string, AttributeValue>
type Child = XmlNode | string | number | null | undefined | false | Child[]

export type XmlElement = {
  kind: 'element'
  name: string
  attributes: Attributes
  children: Child[]
  options: ElementOptions
}
export type XmlComment = { kind: 'comment'; text: string }
export type XmlNode = XmlElement | XmlComment

export type ElementOptions = {
  /** Attributes the schema requires: without any of them the element is left out. */
  requires?: string[]
  /** The schema requires this element: leaving it out is an error, not a silent omission. */
  required?: boolean
}

const isOptions = (value: Child | ElementOptions): value is ElementOptions =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !('kind' in value)

/** An element; `options` may be passed before the children. */
export function el(
  name: string,
  attributes: Attributes = {},
  ...children: (Child | ElementOptions)[]
): XmlElement {
  const [first] = children
  const options = first !== undefined && isOptions(first) ? first : {}
  const content = children.filter((child): child is Child => !isOptions(child))
  return { kind: 'element', name, attributes, children: content, options }
}

export function comment(text: string): XmlComment {
  return { kind: 'comment', text }
}

export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;').replace(/\r/g, '&#13;').replace(/\n/g, '&#10;')
}

/** A comment may not contain "--" nor end with "-" (XML 1.0). */
function commentText(text: string): string {
  return text.replace(/-{2,}/g, '—').replace(/-$/, '—')
}

function attributeText(value: AttributeValue): string | null {
  if (value === null || value === undefined || value === false) return null
  const text = value === true ? '1' : String(value)
  return text.trim() === '' ? null : text
}

type Rendered = { text: string; inline: boolean } | null

function flatten(children: Child[]): (XmlNode | string)[] {
  return children.flatMap((child): (XmlNode | string)[] => {
    if (Array.isArray(child)) return flatten(child)
    if (child === null || child === undefined || child === false) return []
    if (typeof child === 'number') return [String(child)]
    return [child]
  })
}

function render(node: XmlNode | string, indent: string): Rendered {
  if (typeof node === 'string') {
    return node.trim() === '' ? null : { text: escapeText(node), inline: true }
  }
  if (node.kind === 'comment')
    return { text: `${indent}<!-- ${commentText(node.text)} -->`, inline: false }

  const attributes = Object.entries(node.attributes).flatMap(([name, value]) => {
    const text = attributeText(value)
    return text === null ? [] : [` ${name}="${escapeAttribute(text)}"`]
  })
  const missing = (node.options.requires ?? []).filter(
    (name) => attributeText(node.attributes[name]) === null,
  )
  const parts = missing.length
    ? []
    : flatten(node.children)
        .map((child) => render(child, `${indent}  `))
        .filter((part): part is NonNullable<Rendered> => part !== null)
  const hasContent = parts.some((part) => part.inline || !part.text.trimStart().startsWith('<!--'))
  if (missing.length || (!hasContent && attributes.length === 0)) {
    if (node.options.required) {
      const why = missing.length ? `without its ${missing.join(', ')} attribute` : 'empty'
      throw new Error(`IATI export: <${node.name}> would be ${why}`)
    }
    return null
  }
  const open = `${indent}<${node.name}${attributes.join('')}`
  if (parts.length === 0) return { text: `${open}/>`, inline: false }
  if (parts.every((part) => part.inline)) {
    return {
      text: `${open}>${parts.map((part) => part.text).join('')}</${node.name}>`,
      inline: false,
    }
  }
  const body = parts.map((part) => (part.inline ? `${indent}  ${part.text}` : part.text))
  return { text: `${open}>\n${body.join('\n')}\n${indent}</${node.name}>`, inline: false }
}

/** The document: XML declaration, then the root element. */
export function serialize(root: XmlElement): string {
  const rendered = render(root, '')
  if (!rendered) throw new Error(`IATI export: <${root.name}> would be empty`)
  return `<?xml version="1.0" encoding="UTF-8"?>\n${rendered.text}\n`
}
