/**
 * XPath 1.0 over the IATI file (the `xpath` package on an `@xmldom/xmldom` document). Rulesets
 * write conditions such as `count(sector) > 1` and paths such as `activity-date[@type='1']/@iso-date`;
 * a condition is read with XPath's own boolean() (an empty node-set is false), which is what the
 * ruleset means, also where IATI's JavaScript validator tests a node-set for JS truthiness.
 */
import { DOMParser } from '@xmldom/xmldom'
import xpath from 'xpath'

const select = xpath.useNamespaces({ xml: 'http://www.w3.org/XML/1998/namespace' })

export type XmlNode = Node

export function parseXml(text: string): Document {
  const errors: string[] = []
  const parse = () =>
    new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') errors.push(message)
      },
    }).parseFromString(text, 'text/xml')
  let document: ReturnType<typeof parse>
  try {
    document = parse()
  } catch (error) {
    errors.push(error instanceof Error ? error.message : String(error))
  }
  if (errors.length) throw new Error(`IATI checker: not well-formed XML: ${errors[0]}`)
  if (!isDocument(document!)) throw new Error('IATI checker: the parser returned no document')
  return document
}

/**
 * xmldom's document is a DOM Document at run time, but its type declarations are its own; `xpath`
 * is typed against the DOM's. This check connects the two without a cast.
 */
function isDocument(value: unknown): value is Document {
  return typeof value === 'object' && value !== null && 'documentElement' in value
}

/** The nodes an expression selects (an empty list for expressions that yield a value). */
export function nodes(expression: string, context: Node): Node[] {
  const result = select(expression, context)
  return Array.isArray(result) ? result : []
}

/** XPath's boolean() of an expression. */
export function truth(expression: string, context: Node): boolean {
  return select(`boolean(${expression})`, context, true) === true
}

/** The text of an element, attribute or text node. */
export function textOf(node: Node): string {
  if (xpath.isAttribute(node)) return node.value
  return node.textContent ?? ''
}

/** The string value of the first node an expression selects, or null. */
export function firstText(expression: string, context: Node): string | null {
  const [first] = nodes(expression, context)
  return first ? textOf(first) : null
}

/** The distinct string values of what an expression selects (the values a loop runs over). */
export function distinctValues(expression: string, context: Node): string[] {
  return [...new Set(nodes(expression, context).map(textOf))]
}
