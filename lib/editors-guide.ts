import 'server-only'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Locale } from '@/lib/i18n/routing'
import { parseMarkdown, type Block } from '@/lib/markdown'

/** The editors' guide of one language, parsed: docs/editors-guide.<locale>.md, read at build. */
export async function loadEditorsGuide(locale: Locale): Promise<{ title: string; body: Block[] }> {
  const file = path.join(
    /* turbopackIgnore: true */ process.cwd(),
    'docs',
    `editors-guide.${locale}.md`,
  )
  const [first, ...body] = parseMarkdown(await readFile(file, 'utf8'))
  if (first?.kind !== 'heading' || first.level !== 1) {
    throw new Error(`${file} must start with a "# " title`)
  }
  const title = first.content.map((node) => ('text' in node ? node.text : '')).join('')
  return { title, body }
}
