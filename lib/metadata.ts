import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { routing, type Locale } from './i18n/routing'
import { socialImagePaths } from './paths'
import { absoluteUrl, alternatesFor, type Href } from './site'
import { socialImageAlt } from './social-image/response'
import type { SocialPhoto } from './social-image/photo'
import { SOCIAL_IMAGE_SIZE } from './social-image/SocialCard'

const OPEN_GRAPH_LOCALE: Record<Locale, string> = { ka: 'ka_GE', en: 'en_GB' }

/**
 * Title, description, canonical/hreflang, Open Graph and X card tags for one page, in one place.
 * `image` is the social preview the page shares (lib/paths.ts, `socialImagePaths`) and the name
 * it shows; the portal's by default.
 */
export async function pageMetadata({
  locale,
  path,
  title,
  description,
  image,
  photo,
  languages,
  absoluteTitle = false,
}: {
  locale: Locale
  path: Href
  title: string
  /** Falls back to the site's description when the content has none. */
  description: string | null | undefined
  image?: { path: string; title: string }
  /** The page's own photo (an update's), shared instead of the generated card; alt: its alt text. */
  photo?: SocialPhoto & { alt: string }
  /** The languages the page exists in (an update written in one); all by default. */
  languages?: readonly Locale[]
  absoluteTitle?: boolean
}): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'Metadata' })
  description ||= t('defaultDescription')
  const alternates = alternatesFor(path, locale, languages)
  image ??= { path: socialImagePaths.site(), title: t('siteName') }
  const socialImage = photo ?? {
    url: absoluteUrl(image.path, locale),
    ...SOCIAL_IMAGE_SIZE,
    type: 'image/png',
    alt: await socialImageAlt(locale, image.title),
  }
  return {
    title: absoluteTitle ? { absolute: title } : title,
    description,
    alternates,
    openGraph: {
      type: 'website',
      siteName: t('siteName'),
      title,
      description,
      url: alternates.canonical,
      locale: OPEN_GRAPH_LOCALE[locale],
      alternateLocale: (languages ?? routing.locales)
        .filter((l) => l !== locale)
        .map((l) => OPEN_GRAPH_LOCALE[l]),
      images: [socialImage],
    },
    // X reads the title, description and image from Open Graph when its own tags are absent: the
    // card type is all it needs (the rest would travel twice more, in the HTML and its payload).
    twitter: { card: 'summary_large_image' },
  }
}
