/**
 * The attributes of a photo's <img>, by where the file is served from (lib/content/schemas/image.ts):
 *
 * - Sanity's image CDN (online): `@sanity/image-url` URLs that apply the editor's crop (and hotspot,
 *   when the frame has a fixed shape), a width-based `srcset` and `auto=format` (WebP/AVIF where
 *   the browser takes them). The browser fetches them from cdn.sanity.io, the one image origin the
 *   Content Security Policy allows besides our own (lib/security-headers.ts).
 * - The portal's own `/media/` route (offline, the embedded dataset): Next's image optimiser
 *   (`getImageProps`, configured in next.config.ts), from this origin. It cannot crop: a fixed
 *   frame is filled around the hotspot (`object-position`).
 * - SVG, from either: the file itself in a plain <img> — never inlined, never through the
 *   optimiser (an <img> runs no script in it, and the route serves it with restrictive headers).
 *
 * A blurred placeholder (the asset's LQIP) shows behind JPEG photos while they load; other formats
 * may be transparent, and the placeholder would show through.
 */
import { createImageUrlBuilder } from '@sanity/image-url'
import { getImageProps } from 'next/image'
import type { CSSProperties } from 'react'
import { IMAGE_LIMITS } from '@/lib/content/limits'
import { imageOrigin } from '@/lib/content/image-origin'
import type { ContentImage } from '@/lib/content/schemas/image'

export type ImgAttributes = {
  src: string
  srcSet?: string
  sizes?: string
  width: number
  height: number
  style?: CSSProperties
}

type Frame = {
  /** Width / height of the frame; none: the photo's own shape after the editor's crop. */
  aspect?: number
  /** How wide the image is shown, for the browser to pick from the `srcset`. */
  sizes: string
}

/** The photo's size after the editor's crop, in pixels of the original file. */
function croppedSize(image: ContentImage) {
  const crop = image.crop ?? { top: 0, bottom: 0, left: 0, right: 0 }
  return {
    width: Math.max(1, Math.round(image.width * (1 - crop.left - crop.right))),
    height: Math.max(1, Math.round(image.height * (1 - crop.top - crop.bottom))),
  }
}

/** The `width`/`height` attributes: the frame's shape at the widest size ever shown. */
function displaySize(image: ContentImage, aspect: number | undefined) {
  const source = croppedSize(image)
  const width = Math.min(source.width, IMAGE_LIMITS.maxWidth)
  const ratio = aspect ?? source.width / source.height
  return { width, height: Math.max(1, Math.round(width / ratio)) }
}

/** The `srcset` widths for a file this wide: the standard steps below it, and its own width. */
export function srcsetWidths(sourceWidth: number): number[] {
  const cap = Math.min(sourceWidth, IMAGE_LIMITS.maxWidth)
  const steps: number[] = IMAGE_LIMITS.srcsetWidths.filter((width) => width < cap)
  return [...steps, cap]
}

/** `https://cdn.sanity.io/images/<project>/<dataset>/…`: the builder needs both. */
function cdnProject(url: string) {
  const [, , projectId = '', dataset = ''] = new URL(url).pathname.split('/')
  return { projectId, dataset }
}

function placeholder(image: ContentImage): CSSProperties | undefined {
  return image.lqip && image.mimeType === 'image/jpeg'
    ? { backgroundImage: `url("${image.lqip}")`, backgroundSize: 'cover' }
    : undefined
}

/** Where the frame is filled from when the optimiser cannot crop: the hotspot's centre. */
function objectPosition(image: ContentImage): CSSProperties | undefined {
  const spot = image.hotspot
  return spot
    ? { objectPosition: `${Math.round(spot.x * 100)}% ${Math.round(spot.y * 100)}%` }
    : undefined
}

function cdnAttributes(image: ContentImage, frame: Frame): ImgAttributes {
  const size = displaySize(image, frame.aspect)
  const builder = createImageUrlBuilder(cdnProject(image.url))
  const source = {
    asset: { _ref: image.assetId },
    ...(image.crop ? { crop: image.crop } : {}),
    ...(image.hotspot ? { hotspot: image.hotspot } : {}),
  }
  const urlAt = (width: number) => {
    const base = builder.image(source).width(width).auto('format').quality(IMAGE_LIMITS.quality)
    return (
      frame.aspect ? base.height(Math.round(width / frame.aspect)).fit('crop') : base.fit('max')
    ).url()
  }
  const widths = srcsetWidths(size.width)
  return {
    src: urlAt(widths.find((width) => width >= 800) ?? size.width),
    srcSet: widths.map((width) => `${urlAt(width)} ${width}w`).join(', '),
    sizes: frame.sizes,
    ...size,
    style: placeholder(image),
  }
}

function localAttributes(image: ContentImage, frame: Frame): ImgAttributes {
  const size = displaySize(image, frame.aspect)
  const { props } = getImageProps({
    src: image.url,
    alt: '',
    ...size,
    sizes: frame.sizes,
    quality: IMAGE_LIMITS.quality,
  })
  const style = { ...placeholder(image), ...(frame.aspect ? objectPosition(image) : undefined) }
  return {
    src: props.src,
    srcSet: props.srcSet,
    sizes: props.sizes,
    ...size,
    style: Object.keys(style).length > 0 ? style : undefined,
  }
}

/**
 * The <img> attributes of a photo in a frame, or null when its address is not one the portal
 * serves (the data layer already left such images out; this is the last check before a URL
 * reaches the page).
 */
export function imageAttributes(image: ContentImage, frame: Frame): ImgAttributes | null {
  const origin = imageOrigin(image.url)
  if (origin === null) return null
  // By type or by name: an SVG never reaches the optimiser or the CDN's format conversion.
  if (image.mimeType === 'image/svg+xml' || /\.svg$/i.test(image.url)) {
    return { src: image.url, ...displaySize(image, frame.aspect) }
  }
  return origin === 'cdn' ? cdnAttributes(image, frame) : localAttributes(image, frame)
}
