/**
 * The sitemap is split into files of at most 5,000 URLs (lib/site/sitemap.ts), listed by an
 * index: at 1,000 projects the portal has about 60,000 URLs.
 */
import { RouteIndex, type RoutableProject } from '@/lib/content/schemas/routes'
import {
  SITEMAP_FILE_URLS,
  SITEMAP_MAX_URLS,
  sitemapFileId,
  sitemapFileName,
  sitemapFilePath,
  sitemapFiles,
  sitemapIndexXml,
  sitemapXml,
  sitemapPages,
  type SitemapPage,
} from '@/lib/site/sitemap'

const route = (id: string) => ({
  id,
  slug: id,
  previousSlugs: [],
  updatedAt: '2026-01-01T00:00:00Z',
})

function project(n: number): RoutableProject {
  const slug = `project-${n}`
  return {
    ...route(slug),
    featured: false,
    startDate: '2020-01-01',
    clusters: [1, 2, 3, 4].map((c) => ({ ...route(`${slug}-c${c}`), order: c, project: slug })),
    activities: Array.from({ length: 24 }, (_, a) => ({
      ...route(`${slug}-a${a}`),
      order: a,
      project: slug,
      cluster: `${slug}-c1`,
    })),
  }
}

const urls = (file: SitemapPage[]) => file.reduce((sum, page) => sum + page.languages.length, 0)

describe('sitemap', () => {
  it('lists every page of a project in both languages', () => {
    const pages = sitemapPages(new RouteIndex([project(1)]))
    // Home, projects, all activities, updates; a project's 4 pages, 4 clusters, 24 activities.
    expect(pages).toHaveLength(4 + 4 + 4 + 24)
    expect(pages.every((page) => page.languages.length === 2)).toBe(true)
    expect(pages.map((page) => page.path)).toContain('/projects/project-1/activities/project-1-a23')
  })

  it('is one file while it fits, several of at most 5,000 URLs at 1,000 projects', () => {
    expect(sitemapFiles(sitemapPages(new RouteIndex([project(1)])))).toHaveLength(1)
    const index = new RouteIndex(Array.from({ length: 1000 }, (_, n) => project(n)))
    const pages = sitemapPages(index)
    const files = sitemapFiles(pages)
    expect(urls(pages.flat())).toBe(2 * (4 + 1000 * 32))
    expect(SITEMAP_FILE_URLS).toBeLessThanOrEqual(SITEMAP_MAX_URLS)
    expect(files).toHaveLength(Math.ceil((2 * (4 + 1000 * 32)) / SITEMAP_FILE_URLS))
    expect(files.every((file) => urls(file) <= SITEMAP_FILE_URLS)).toBe(true)
    // Nothing lost or repeated, in order.
    expect(files.flat()).toEqual(pages)
  })

  it('names each file by one address: its number, without leading zeros', () => {
    expect([0, 1, 12].map((id) => sitemapFileId(sitemapFileName(id)))).toEqual([0, 1, 12])
    for (const name of ['00.xml', '01.xml', '-1.xml', '1.5.xml', '1', '1.xml.gz', '9999999.xml']) {
      expect(sitemapFileId(name)).toBeNull()
    }
  })

  it('writes a file with each language’s URL, its last change and its alternates, escaped', () => {
    const urlOf = (path: string, locale: string) => `https://example.org/${locale}${path}`
    const xml = sitemapXml(
      [
        { path: '/a?b=1&c=2', languages: ['ka', 'en'], lastModified: '2026-12-01T10:00:00Z' },
        { path: '/only-en', languages: ['en'] },
      ],
      urlOf,
    )
    expect(xml).toContain(
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    )
    const alternates =
      '<xhtml:link rel="alternate" hreflang="ka" href="https://example.org/ka/a?b=1&amp;c=2"/>' +
      '<xhtml:link rel="alternate" hreflang="en" href="https://example.org/en/a?b=1&amp;c=2"/>'
    expect(xml).toContain(
      `<url><loc>https://example.org/ka/a?b=1&amp;c=2</loc><lastmod>2026-12-01T10:00:00Z</lastmod>${alternates}</url>`,
    )
    expect(xml.match(/<url>/g)).toHaveLength(3)
    expect(xml).toContain(
      '<url><loc>https://example.org/en/only-en</loc><xhtml:link rel="alternate" hreflang="en" href="https://example.org/en/only-en"/></url>',
    )
  })

  it('keeps a page’s languages in one file and splits at the limit given', () => {
    const pages = sitemapPages(new RouteIndex([project(1)]))
    const files = sitemapFiles(pages, 5)
    expect(files.every((file) => urls(file) <= 5 && file.length > 0)).toBe(true)
    expect(files).toHaveLength(Math.ceil(pages.length / 2))
  })

  it('always has a file, even without content', () => {
    expect(sitemapFiles([])).toEqual([[]])
  })

  it('indexes its files', () => {
    const xml = sitemapIndexXml([0, 1].map((id) => `https://example.org${sitemapFilePath(id)}`))
    expect(xml).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')
    expect(
      xml.match(
        /<sitemap><loc>https:\/\/example\.org\/sitemaps\/sitemap\/\d\.xml<\/loc><\/sitemap>/g,
      ),
    ).toHaveLength(2)
  })
})
