/**
 * IATI's codelist check, offline: `mapping.xml` says which XPath takes its values from which
 * codelist (some only under a condition, e.g. a sector's `@vocabulary = '1'`); every value the file
 * holds at such a path must be a code of that list. A closed list (`complete="1"`) makes any other
 * value an error; an open list only a warning, like IATI's validator; a withdrawn code is a
 * warning too. The lists are the copies in tests/fixtures/iati/codelists (provenance there).
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { nodes, parseXml, textOf, truth } from '@/lib/reporting/iati-rules/xpath'

export const CODELIST_DIR = path.join(process.cwd(), 'tests/fixtures/iati/codelists')

export type Codelist = { complete: boolean; active: Set<string>; withdrawn: Set<string> }
export type Mapping = { path: string; codelist: string; condition: string | null }
export type CodelistIssue = {
  severity: 'error' | 'warning'
  path: string
  codelist: string
  value: string
  why: 'not in a closed list' | 'not in an open list' | 'withdrawn'
}

export function readCodelists(dir = path.join(CODELIST_DIR, 'xml')): Map<string, Codelist> {
  const lists = new Map<string, Codelist>()
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.xml'))) {
    const document = parseXml(readFileSync(path.join(dir, file), 'utf8'))
    const codes = (status: string) =>
      new Set(nodes(`//codelist-item[${status}]/code`, document).map((node) => textOf(node).trim()))
    lists.set(file.replace(/\.xml$/, ''), {
      complete: truth("/codelist/@complete = '1'", document),
      active: codes("not(@status = 'withdrawn')"),
      withdrawn: codes("@status = 'withdrawn'"),
    })
  }
  return lists
}

export function readMappings(file = path.join(CODELIST_DIR, 'mapping.xml')): Mapping[] {
  const document = parseXml(readFileSync(file, 'utf8'))
  return nodes('/mappings/mapping', document).map((mapping) => ({
    path: nodes('path', mapping).map(textOf)[0]!.trim(),
    codelist: nodes('codelist/@ref', mapping).map(textOf)[0]!,
    condition: nodes('condition', mapping).map(textOf)[0]?.trim() ?? null,
  }))
}

/** The element a condition is read on: an attribute's owner, a text node's parent (XPath `..`). */
const owner = (node: Node): Node | null => nodes('..', node)[0] ?? null

function verdict(list: Codelist, value: string): CodelistIssue['why'] | null {
  if (list.active.has(value)) return null
  if (list.withdrawn.has(value)) return 'withdrawn'
  return list.complete ? 'not in a closed list' : 'not in an open list'
}

/** Every value of the file that its mapped codelist does not hold (or holds as withdrawn). */
export function checkCodelists(
  xml: string,
  mappings: Mapping[] = readMappings(),
  lists: Map<string, Codelist> = readCodelists(),
): CodelistIssue[] {
  const document = parseXml(xml)
  const issues: CodelistIssue[] = []
  for (const mapping of mappings) {
    const list = lists.get(mapping.codelist)
    if (!list) throw new Error(`codelist ${mapping.codelist} (for ${mapping.path}) is not copied`)
    for (const node of nodes(mapping.path, document)) {
      const element = owner(node)
      if (mapping.condition && (!element || !truth(mapping.condition, element))) continue
      const value = textOf(node).trim()
      const why = verdict(list, value)
      if (!why) continue
      const severity = why === 'not in a closed list' ? 'error' : 'warning'
      issues.push({ severity, path: mapping.path, codelist: mapping.codelist, value, why })
    }
  }
  return issues
}
