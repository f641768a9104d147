/**
 * The sitemap: every routable page in the languages it exists in, split into files of at most
 * SITEMAP_FILE_URLS URLs (at 1,000 projects the portal has about 64,000), listed by a sitemap
 * index at /sitemap.xml (app/sitemap.xml/route.ts). The files are app/sitemaps/sitemap/[file]/
 * route.ts's: /sitemaps/sitemap/0.xml, /sitemaps/sitemap/1.xml …
 */
import type { RouteIndex } from '@/lib/content/schemas/routes'
import { routing, type Locale } from '@/lib/i18n/routing'
import { paths } from '@/lib/paths'
import { updatePages } from './updates'

/** URLs a sitemap file may hold at most (sitemaps.org). */
export const SITEMAP_MAX_URLS = 50_000

/**
 * URLs a file of this sitemap holds at most: well under the protocol's limit, so that a file is
 * about 2 MB and made in a fraction of a second (one of 50,000 URLs was 24 MB and took 24 s at
 * 1,000 projects, and its first visit pushed the instance past 1 GB).
 */
export const SITEMAP_FILE_URLS = 5_000

/** A page of the site, in the languages it exists in (one URL each). */
export type SitemapPage = { path: string; languages: readonly Locale[]; lastModified?: string }

/** Every routable page of the site, in a stable order (the files split this list). */
export function sitemapPages({ projects, updates }: RouteIndex): SitemapPage[] {
  const all = routing.locales
  const pages: SitemapPage[] = [
    { path: paths.home(), languages: all },
    { path: paths.projects(), languages: all },
    { path: paths.allActivities(), languages: all },
    { path: paths.updates(), languages: all },
    ...projects.flatMap((project) => {
      const lastModified = project.updatedAt
      return [
        { path: paths.project(project.slug), languages: all, lastModified },
        { path: paths.objectives(project.slug), languages: all, lastModified },
        { path: paths.aboutData(project.slug), languages: all, lastModified },
        { path: paths.activities(project.slug), languages: all, lastModified },
        ...project.clusters.map((c) => ({
          path: paths.cluster(project.slug, c.slug),
          languages: all,
          lastModified: c.updatedAt,
        })),
        ...project.activities.map((a) => ({
          path: paths.activity(project.slug, a.slug),
          languages: all,
          lastModified: a.updatedAt,
        })),
      ]
    }),
  ]
  const updatePaths = updatePages(updates).map(({ slug, languages, updatedAt }) => ({
    path: paths.update(slug),
    languages,
    lastModified: updatedAt,
  }))
  return [...pages, ...updatePaths]
}

/**
 * The pages split into files of at most `maxUrls` URLs, a page's languages kept in one file.
 * Always at least one file (the index lists it even when the site has no content).
 */
export function sitemapFiles(pages: SitemapPage[], maxUrls = SITEMAP_FILE_URLS): SitemapPage[][] {
  const files: SitemapPage[][] = [[]]
  let urls = 0
  for (const page of pages) {
    const size = page.languages.length
    if (urls + size > maxUrls && urls > 0) {
      files.push([])
      urls = 0
    }
    files.at(-1)?.push(page)
    urls += size
  }
  return files
}

/** The path of sitemap file `id`. */
export function sitemapFilePath(id: number): string {
  return `/sitemaps/sitemap/${sitemapFileName(id)}`
}

/** The last segment of sitemap file `id`'s path (the route's `[file]` parameter). */
export function sitemapFileName(id: number): string {
  return `${id}.xml`
}

/** The file number a `[file]` parameter names, or null (no leading zeros: one address a file). */
export function sitemapFileId(name: string): number | null {
  const match = /^(0|[1-9]\d{0,5})\.xml$/.exec(name)
  return match ? Number(match[1]) : null
}

/** An absolute URL of a page in one language (the site's address and the language's path). */
export type UrlOf = (path: string, locale: Locale) => string

/**
 * One sitemap file (sitemaps.org's `urlset`): each page in each of its languages, with its last
 * change and its language alternates (`xhtml:link`, as search engines read hreflang).
 */
export function sitemapXml(pages: SitemapPage[], urlOf: UrlOf): string {
  const entries = pages.flatMap(({ path, languages, lastModified }) => {
    const alternates = languages
      .map(
        (l) => `<xhtml:link rel="alternate" hreflang="${l}" href="${escapeXml(urlOf(path, l))}"/>`,
      )
      .join('')
    const lastmod = lastModified ? `<lastmod>${escapeXml(lastModified)}</lastmod>` : ''
    return languages.map(
      (locale) => `<url><loc>${escapeXml(urlOf(path, locale))}</loc>${lastmod}${alternates}</url>`,
    )
  })
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...entries,
    '</urlset>',
    '',
  ].join('\n')
}

/** The sitemap index listing the files (sitemaps.org's `sitemapindex`). */
export function sitemapIndexXml(fileUrls: string[]): string {
  const entries = fileUrls.map((url) => `<sitemap><loc>${escapeXml(url)}</loc></sitemap>`)
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...entries,
    '</sitemapindex>',
    '',
  ].join('\n')
}

function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;')
}
