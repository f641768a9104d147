import { useLocale, useTranslations } from 'next-intl'
import { preload } from 'react-dom'
import type { ContentImage as Image } from '@/lib/content/schemas'
import { LocalizedText } from '../LocalizedText'
import { imageAttributes } from './image-attributes'

export type ImageFrame = {
  /** Width / height of the frame (the editor's hotspot stays in it); none: the photo's shape. */
  aspect?: number
  /** How wide the photo is shown at each viewport, for the browser's pick from the `srcset`. */
  sizes: string
}

/**
 * A photo with its caption and credit under it. The alt text is the page language's (or the other
 * language's, marked with its `lang`); a decorative photo has an empty alt. Below the fold unless
 * `hero`: a hero loads at once with high priority and is preloaded from the document's head (it
 * is the page's largest paint). `width`/`height` keep its place while it loads.
 */
export function ContentImage({
  image,
  frame,
  hero = false,
  className,
}: {
  image: Image
  frame: ImageFrame
  hero?: boolean
  className?: string
}) {
  const pageLocale = useLocale()
  const t = useTranslations('Media')
  const attributes = imageAttributes(image, frame)
  if (!attributes) return null
  const { style, ...img } = attributes
  if (hero) {
    preload(img.src, {
      as: 'image',
      fetchPriority: 'high',
      ...(img.srcSet ? { imageSrcSet: img.srcSet, imageSizes: img.sizes } : {}),
    })
  }
  const alt = image.alt
  return (
    <figure className={['media', className].filter(Boolean).join(' ')}>
      {/* eslint-disable-next-line @next/next/no-img-element -- the srcset is built for the image's origin (image-attributes.ts) */}
      <img
        {...img}
        alt={alt?.value ?? ''}
        lang={alt && alt.lang !== pageLocale ? alt.lang : undefined}
        className={frame.aspect ? 'media__img media__img--framed' : 'media__img'}
        style={frame.aspect ? { ...style, aspectRatio: String(frame.aspect) } : style}
        loading={hero ? 'eager' : 'lazy'}
        fetchPriority={hero ? 'high' : undefined}
        decoding="async"
      />
      {(image.caption || image.credit) && (
        <figcaption className="media__caption">
          <LocalizedText value={image.caption} className="media__caption-text" />
          {image.credit && (
            <span className="media__credit">{t('credit', { credit: image.credit })}</span>
          )}
        </figcaption>
      )}
    </figure>
  )
}

/** The photo that opens a page: preloaded, never lazy (see ContentImage). */
export function HeroImage(props: { image: Image; frame: ImageFrame; className?: string }) {
  return <ContentImage {...props} hero />
}
