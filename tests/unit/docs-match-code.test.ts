import { existsSync, readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import {
  buildEnvSchema,
  clusterEnvSchema,
  publicEnvSchema,
  serverEnvSchema,
} from '@/lib/env/schema'

const read = (file: string) => readFileSync(file, 'utf8')
const markdownFiles = [
  'README.md',
  ...readdirSync('docs')
    .filter((name) => name.endsWith('.md'))
    .map((name) => path.join('docs', name)),
]

/** The first cell of each row of the Markdown table that follows `heading`. */
function firstColumn(markdown: string, heading: string): string[] {
  const section = markdown.slice(markdown.indexOf(heading))
  const table = section.slice(section.indexOf('\n|'))
  const rows = table.split('\n').slice(1)
  const end = rows.findIndex((row) => !row.startsWith('|'))
  return rows
    .slice(0, end === -1 ? undefined : end)
    .slice(2) // header and separator
    .map((row) => row.split('|')[1]!.trim())
}

describe('docs/operations.md, the table of environment variables', () => {
  it('lists every variable lib/env declares, and no other', () => {
    const declared = new Set(
      [publicEnvSchema, serverEnvSchema, buildEnvSchema, clusterEnvSchema].flatMap((schema) =>
        Object.keys(schema.shape),
      ),
    )
    // Set by Next and npm, never by hand.
    declared.delete('NODE_ENV')
    const documented = firstColumn(read('docs/operations.md'), '## Configuration').map((cell) =>
      cell.replace(/`/g, ''),
    )
    expect([...documented].sort()).toEqual([...declared].sort())
  })
})

describe('the README', () => {
  it('names only scripts package.json has', () => {
    const { scripts } = z
      .object({ scripts: z.record(z.string(), z.string()) })
      .parse(JSON.parse(read('package.json')))
    const named = [...read('README.md').matchAll(/`npm (?:run ([\w:-]+)|(start|test))`/g)].map(
      (match) => match[1] ?? match[2]!,
    )
    expect(named.length).toBeGreaterThan(10)
    expect(named.filter((script) => !(script in scripts))).toEqual([])
  })

  it('fits on a screen: at most 150 lines', () => {
    expect(read('README.md').split('\n').length).toBeLessThanOrEqual(151)
  })
})

describe('links between the README and docs/', () => {
  it.each(markdownFiles)('%s links only to files that exist', (file) => {
    const targets = [...read(file).matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)]
      .map((match) => match[1]!)
      .filter((target) => !/^[a-z]+:/.test(target) && !target.startsWith('/'))
    const missing = targets.filter((target) => !existsSync(path.join(path.dirname(file), target)))
    // The lead engineer writes this page on another branch.
    expect(missing).toEqual([])
  })
})
