import { PortableText, type PortableTextComponents } from '@portabletext/react'
import { useLocale } from 'next-intl'
import type { Localized, PortableTextValue } from '@/lib/content/schemas'
import { isSafeHref } from '@/lib/content/safe-url'

const components: PortableTextComponents = {
  marks: {
    // Links with unsafe schemes (javascript:, data:, …) render as plain text.
    link: ({ value, children }) => {
      const href: unknown = value?.href
      if (typeof href !== 'string' || !isSafeHref(href)) return <>{children}</>
      const external = /^https?:\/\//.test(href)
      return (
        <a href={href} rel={external ? 'noopener noreferrer' : undefined}>
          {children}
        </a>
      )
    },
  },
}

/** Portable Text from the CMS, with `lang` set when it is a fallback in the other language. */
export function RichText({
  value,
  className,
}: {
  /** Nothing is rendered for a field that is empty in every language. */
  value: Localized<PortableTextValue> | null
  className?: string
}) {
  const pageLocale = useLocale()
  if (!value) return null
  return (
    <div className={className} lang={value.lang === pageLocale ? undefined : value.lang}>
      <PortableText value={value.value} components={components} />
    </div>
  )
}
