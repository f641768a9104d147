import { readFileSync } from 'node:fs'
import path from 'node:path'
import { loadEditorsGuide } from '@/lib/editors-guide'
import { parseInline, parseMarkdown, type Block, type Inline } from '@/lib/markdown'

const text = (content: Inline[]): string =>
  content.map((node) => ('text' in node ? node.text : text(node.children))).join('')

describe('the Markdown subset of the guide', () => {
  it('parses headings, paragraphs, lists with continued items, and inline marks', () => {
    const blocks = parseMarkdown(
      '# Title\n\nOne\nparagraph.\n\n1. **Open** it\n   and go on\n2. Run `npm test`\n\n- see [README](/readme)\n',
    )
    expect(blocks.map((block) => block.kind)).toEqual(['heading', 'paragraph', 'list', 'list'])
    expect(text((blocks[1] as Extract<Block, { kind: 'paragraph' }>).content)).toBe(
      'One paragraph.',
    )
    const steps = blocks[2] as Extract<Block, { kind: 'list' }>
    expect(steps.ordered).toBe(true)
    expect(steps.items.map(text)).toEqual(['Open it and go on', 'Run npm test'])
    expect(steps.items[0]![0]).toEqual({
      kind: 'strong',
      children: [{ kind: 'text', text: 'Open' }],
    })
    expect(parseInline('see [README](/readme)')[1]).toEqual({
      kind: 'link',
      href: '/readme',
      children: [{ kind: 'text', text: 'README' }],
    })
  })
})

describe.each(['en', 'ka'] as const)('the editors’ guide (%s)', (locale) => {
  const source = readFileSync(path.join(process.cwd(), `docs/editors-guide.${locale}.md`), 'utf8')
  const blocks = parseMarkdown(source)

  it('uses only the Markdown the site renders (no syntax left in the text)', () => {
    const all = blocks.flatMap((block) =>
      block.kind === 'list' ? block.items.map(text) : [text(block.content)],
    )
    for (const line of all) expect(line).not.toMatch(/\*\*|\]\(|^#|`/)
  })

  it('has the same sections and steps as the English guide', () => {
    const shape = (list: Block[]) =>
      list.map((block) => (block.kind === 'list' ? `list:${block.items.length}` : block.kind))
    const english = parseMarkdown(
      readFileSync(path.join(process.cwd(), 'docs/editors-guide.en.md'), 'utf8'),
    )
    expect(shape(blocks)).toEqual(shape(english))
  })

  it('loads with its title for the page', async () => {
    const guide = await loadEditorsGuide(locale)
    expect(guide.title).toBe(locale === 'en' ? 'Editors’ guide' : 'რედაქტორების სახელმძღვანელო')
    expect(guide.body.filter((block) => block.kind === 'heading')).toHaveLength(8)
  })
})

it('covers what the issue asks for', () => {
  const headings = parseMarkdown(
    readFileSync(path.join(process.cwd(), 'docs/editors-guide.en.md'), 'utf8'),
  )
    .filter((block) => block.kind === 'heading')
    .map((block) => text(block.content))
  expect(headings).toEqual(
    expect.arrayContaining([
      'Add an activity',
      'Translate',
      'Preview',
      'Publish',
      'What the webhook does',
      'When a page does not update',
    ]),
  )
})
