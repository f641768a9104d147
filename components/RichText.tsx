import { PortableText, type PortableTextComponents } from '@portabletext/react'
import { useLocale } from 'next-intl'
import type { Localized, PortableTextValue } from '@/lib/content/schemas'
import { isSafeHref } from '@/lib/content/safe-url'
import { imageFields } from '@/lib/content/schemas/image'
import { ContentImage } from './media/ContentImage'
import { PAGE_PHOTO_FRAME } from './media/frames'

/** A photo between paragraphs (an update's text): validated like every photo, else left out. */
function BodyImage({ value }: { value: unknown }) {
  const image = imageFields(useLocale()).image.parse(value)
  return image ? <ContentImage image={image} frame={PAGE_PHOTO_FRAME} /> : null
}

const components: PortableTextComponents = {
  types: { portalImage: BodyImage },
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
