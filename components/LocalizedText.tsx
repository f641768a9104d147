import { useLocale } from 'next-intl'
import type { ElementType, ReactNode } from 'react'
import type { Localized } from '@/lib/content/schemas'

type Props = {
  /** Nothing is rendered for a field that is empty in every language. */
  value: Localized<string> | null
  as?: ElementType
  className?: string
  id?: string
  children?: (text: string) => ReactNode
}

/**
 * Renders CMS text; when it is a fallback in the other language it carries its own `lang`, so
 * screen readers pronounce it correctly and the browser picks the right font and hyphenation.
 * Text in the page's language with nothing to mark is rendered bare: a page holds ~90 of these,
 * and each empty `<span>` travels twice (HTML and the React payload).
 */
export function LocalizedText({ value, as: Tag = 'span', className, id, children }: Props) {
  const pageLocale = useLocale()
  if (!value) return null
  const content = children ? children(value.value) : value.value
  const lang = value.lang === pageLocale ? undefined : value.lang
  if (Tag === 'span' && !className && !id && !lang) return <>{content}</>
  const attributes = Object.fromEntries(
    Object.entries({ className, id, lang }).filter(([, attribute]) => attribute !== undefined),
  )
  return <Tag {...attributes}>{content}</Tag>
}
