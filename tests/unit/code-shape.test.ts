/**
 * Functions a reader can hold: no hand-written function or component outside `tests/` is longer
 * than 80 lines (bench/ and scripts/ count). Nested functions count within their parent's length,
 * as a reader has to hold the whole of it.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import ts from 'typescript'

const MAX_LINES = 80
const CODE = /\.(ts|tsx|mjs|js|cjs)$/
const GENERATED = ['lib/content/sanity.types.ts', 'next-env.d.ts']

function trackedCode(): string[] {
  return execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    encoding: 'utf8',
  })
    .split('\n')
    .filter((file) => CODE.test(file) && !file.startsWith('tests/') && !GENERATED.includes(file))
}

type Long = { file: string; name: string; lines: number }

function longFunctions(file: string): Long[] {
  const text = readFileSync(file, 'utf8')
  const kind = file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind)
  const found: Long[] = []
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line
      const lines = end - start + 1
      if (lines > MAX_LINES) {
        const name = node.name && ts.isIdentifier(node.name) ? node.name.text : `line ${start + 1}`
        found.push({ file, name, lines })
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

describe('code shape', () => {
  it(`has no hand-written function over ${MAX_LINES} lines outside tests/`, () => {
    const files = trackedCode()
    expect(files.length).toBeGreaterThan(100)
    const long = files.flatMap(longFunctions).map((f) => `${f.file}: ${f.name} (${f.lines} lines)`)
    expect(long).toEqual([])
  })

  it('measures a long function as long', () => {
    const body = Array.from({ length: MAX_LINES }, (_, i) => `  const a${i} = ${i}`).join('\n')
    const source = ts.createSourceFile('x.ts', `function f() {\n${body}\n}`, ts.ScriptTarget.Latest)
    let lines = 0
    source.forEachChild((node) => {
      if (ts.isFunctionDeclaration(node)) {
        lines =
          source.getLineAndCharacterOfPosition(node.getEnd()).line -
          source.getLineAndCharacterOfPosition(node.getStart(source)).line +
          1
      }
    })
    expect(lines).toBe(MAX_LINES + 2)
  })
})
