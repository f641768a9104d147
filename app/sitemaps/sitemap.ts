import type { MetadataRoute } from 'next'
import { getPublishedRouteIndex } from '@/lib/content'
import type { Locale } from '@/lib/i18n/routing'
import { absoluteUrl } from '@/lib/site'
import { sitemapFiles, sitemapPages } from '@/lib/site/sitemap'

export const revalidate = 3600

/** One sitemap file per 50,000 URLs (lib/site/sitemap.ts); /sitemap.xml is their index. */
export async function generateSitemaps() {
  const files = sitemapFiles(sitemapPages(await getPublishedRouteIndex()))
  return files.map((_, id) => ({ id }))
}

/** One file of the sitemap: its pages in every language, each listing its language alternates. */
export default async function sitemap(props: {
  id: Promise<string>
}): Promise<MetadataRoute.Sitemap> {
  const files = sitemapFiles(sitemapPages(await getPublishedRouteIndex()))
  const pages = files[Number(await props.id)] ?? []
  return pages.flatMap(({ path, languages, lastModified }) =>
    inLanguages(path, languages, lastModified),
  )
}

/** A page's entries in the languages it exists in, each listing the others as alternates. */
function inLanguages(path: string, languages: readonly Locale[], lastModified?: string) {
  return languages.map((locale) => ({
    url: absoluteUrl(path, locale),
    lastModified,
    alternates: {
      languages: Object.fromEntries(languages.map((l) => [l, absoluteUrl(path, l)])),
    },
  }))
}
