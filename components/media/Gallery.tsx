import { useTranslations } from 'next-intl'
import type { ContentImage as Image } from '@/lib/content/schemas'
import { ContentImage } from './ContentImage'
import { GALLERY_FRAME } from './frames'

/**
 * A document's further photos, below its text, each with its caption and credit, loaded lazily.
 * Nothing when there are none. Left out in print (the printed page is a fact sheet).
 */
export function Gallery({ images, id = 'gallery' }: { images: Image[]; id?: string }) {
  const t = useTranslations('Media')
  if (images.length === 0) return null
  return (
    <section aria-labelledby={id} className="section media-gallery no-print">
      <h2 id={id}>{t('gallery')}</h2>
      <ul className="media-gallery__list">
        {images.map((image) => (
          <li key={image.key}>
            <ContentImage image={image} frame={GALLERY_FRAME} />
          </li>
        ))}
      </ul>
    </section>
  )
}
