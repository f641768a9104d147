import { DOMParser } from '@xmldom/xmldom'

/**
 * Parses an Atom feed strictly (any error or fatal error from the parser is reported) and gives its
 * namespace and entries, for the unit and end-to-end tests of the feeds alike.
 */
export function parseAtom(xml: string) {
  const errors: string[] = []
  const doc = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') errors.push(message)
    },
  }).parseFromString(xml, 'text/xml')
  return {
    errors,
    namespace: doc.documentElement?.namespaceURI ?? null,
    entries: Array.from(doc.getElementsByTagName('entry')),
  }
}
