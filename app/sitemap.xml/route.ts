import { getPublishedRouteIndex } from '@/lib/content'
import { methodsNotAllowed } from '@/lib/method-not-allowed'
import { urlOnSite } from '@/lib/site'
import { sitemapFilePath, sitemapFiles, sitemapIndexXml, sitemapPages } from '@/lib/site/sitemap'

export const revalidate = 3600

/** The sitemap index: one entry per file of app/sitemaps/sitemap/[file]/route.ts (robots.txt points here). */
export async function GET() {
  const files = sitemapFiles(sitemapPages(await getPublishedRouteIndex()))
  const xml = sitemapIndexXml(files.map((_, id) => urlOnSite(sitemapFilePath(id))))
  return new Response(xml, { headers: { 'Content-Type': 'application/xml' } })
}

export const { POST, PUT, PATCH, DELETE } = methodsNotAllowed('/sitemap.xml')
