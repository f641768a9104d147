/**
 * A page's own photo as its link preview image (og:image): 1200×630, cropped around the editor's
 * hotspot, as JPEG (what every link preview understands). On Sanity's image CDN the CDN cuts it;
 * a photo the portal serves itself (the embedded dataset) is shared as it is.
 */
import { createImageUrlBuilder } from '@sanity/image-url'
import type { ContentImage } from '@/lib/content/schemas/image'
import { urlOnSite } from '@/lib/site'
import { SOCIAL_IMAGE_SIZE } from './SocialCard'

/** `/images/<project>/<dataset>/<file>` on the CDN. */
const CDN_PATH = /^https:\/\/cdn\.sanity\.io\/images\/([a-z0-9]+)\/([a-z0-9_-]+)\//

export type SocialPhoto = { url: string; width: number; height: number; type: string }

export function socialPhoto(image: ContentImage): SocialPhoto {
  const [, projectId, dataset] = CDN_PATH.exec(image.url) ?? []
  if (!projectId || !dataset) {
    return {
      url: urlOnSite(image.url),
      width: image.width,
      height: image.height,
      type: image.mimeType,
    }
  }
  const url = createImageUrlBuilder({ projectId, dataset })
    .image({
      asset: { _ref: image.assetId },
      ...(image.crop ? { crop: image.crop } : {}),
      ...(image.hotspot ? { hotspot: image.hotspot } : {}),
    })
    .width(SOCIAL_IMAGE_SIZE.width)
    .height(SOCIAL_IMAGE_SIZE.height)
    .fit('crop')
    .format('jpg')
    .url()
  return { url, ...SOCIAL_IMAGE_SIZE, type: 'image/jpeg' }
}
