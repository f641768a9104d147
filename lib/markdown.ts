/**
 * The small part of Markdown the editors' guide uses (docs/editors-guide.*.md): headings (#, ##,
 * ###), paragraphs, numbered and bulleted lists (a line indented under an item continues it),
 * **bold**, `code` and [links](/path). Parsed to a tree that React renders without raw HTML.
 */
export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'strong'; children: Inline[] }
  | { kind: 'code'; text: string }
  | { kind: 'link'; href: string; children: Inline[] }

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; content: Inline[] }
  | { kind: 'paragraph'; content: Inline[] }
  | { kind: 'list'; ordered: boolean; items: Inline[][] }

const INLINE = /\*\*(.+?)\*\*|`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\)/g

export function parseInline(text: string): Inline[] {
  const out: Inline[] = []
  let last = 0
  for (const match of text.matchAll(INLINE)) {
    if (match.index > last) out.push({ kind: 'text', text: text.slice(last, match.index) })
    const [, strong, code, label, href] = match
    if (strong !== undefined) out.push({ kind: 'strong', children: parseInline(strong) })
    else if (code !== undefined) out.push({ kind: 'code', text: code })
    else out.push({ kind: 'link', href: href!, children: parseInline(label!) })
    last = match.index + match[0].length
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) })
  return out
}

const HEADING = /^(#{1,3}) (.*)$/
const ITEM = /^(?:(\d+)\.|-) (.*)$/

export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = []
  let paragraph: string[] = []
  let list: { ordered: boolean; items: string[] } | null = null

  const flush = () => {
    if (paragraph.length)
      blocks.push({ kind: 'paragraph', content: parseInline(paragraph.join(' ')) })
    if (list)
      blocks.push({ kind: 'list', ordered: list.ordered, items: list.items.map(parseInline) })
    paragraph = []
    list = null
  }

  for (const raw of source.split('\n')) {
    const line = raw.trimEnd()
    const heading = line.match(HEADING)
    const item = line.match(ITEM)
    if (!line.trim()) {
      flush()
    } else if (heading) {
      flush()
      const level = heading[1]!.length as 1 | 2 | 3
      blocks.push({ kind: 'heading', level, content: parseInline(heading[2]!) })
    } else if (item) {
      const ordered = item[1] !== undefined
      if (paragraph.length || (list && list.ordered !== ordered)) flush()
      list ??= { ordered, items: [] }
      list.items.push(item[2]!)
    } else if (list && /^\s/.test(line)) {
      list.items[list.items.length - 1] += ` ${line.trim()}`
    } else {
      if (list) flush()
      paragraph.push(line.trim())
    }
  }
  flush()
  return blocks
}
