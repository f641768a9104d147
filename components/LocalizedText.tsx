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
 */
export function LocalizedText({ value, as: Tag = 'span', className, id, children }: Props) {
  const pageLocale = useLocale()
  if (!value) return null
  return (
    <Tag className={className} id={id} lang={value.lang === pageLocale ? undefined : value.lang}>
      {children ? children(value.value) : value.value}
    </Tag>
  )
}
