import Link from 'next/link'
import { isSafeHref } from '@/lib/content/safe-url'
import type { Block, Inline } from '@/lib/markdown'

function InlineContent({ content }: { content: Inline[] }) {
  return content.map((node, index) => {
    switch (node.kind) {
      case 'text':
        return node.text
      case 'code':
        return <code key={index}>{node.text}</code>
      case 'strong':
        return (
          <strong key={index}>
            <InlineContent content={node.children} />
          </strong>
        )
      case 'link':
        return isSafeHref(node.href) ? (
          <Link key={index} href={node.href}>
            <InlineContent content={node.children} />
          </Link>
        ) : (
          <InlineContent key={index} content={node.children} />
        )
    }
  })
}

/** Renders parsed Markdown (lib/markdown.ts); the page supplies the single h1 itself. */
export function Markdown({ blocks }: { blocks: Block[] }) {
  return blocks.map((block, index) => {
    if (block.kind === 'heading') {
      const Heading = `h${block.level}` as const
      return (
        <Heading key={index}>
          <InlineContent content={block.content} />
        </Heading>
      )
    }
    if (block.kind === 'paragraph') {
      return (
        <p key={index}>
          <InlineContent content={block.content} />
        </p>
      )
    }
    const List = block.ordered ? 'ol' : 'ul'
    return (
      <List key={index}>
        {block.items.map((item, itemIndex) => (
          <li key={itemIndex}>
            <InlineContent content={item} />
          </li>
        ))}
      </List>
    )
  })
}
