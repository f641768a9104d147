import { getPublishedRouteIndex } from '@/lib/content'
import { absoluteUrl } from '@/lib/site'
import {
  sitemapFileId,
  sitemapFileName,
  sitemapFiles,
  sitemapPages,
  sitemapXml,
} from '@/lib/site/sitemap'

// Regenerated like the pages it lists (their reads' tags, the hourly backstop), GET alone (Next
// prerenders no route with other methods; the request guard refuses them,
// lib/http/route-methods.mjs). Only the first file is made at build: the build's work stays the
// same whatever the number of projects; the others are made on their first request and cached.
export const revalidate = 3600
export const dynamic = 'force-static'

export async function generateStaticParams() {
  return [{ file: sitemapFileName(0) }]
}

/** An address that names no file: 404, never cached, so made-up addresses grow nothing. */
const notFound = () =>
  new Response('Not found\n', {
    status: 404,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  })

/** One file of the sitemap (lib/site/sitemap.ts); /sitemap.xml lists them. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const id = sitemapFileId((await params).file)
  if (id === null) return notFound()
  const file = sitemapFiles(sitemapPages(await getPublishedRouteIndex()))[id]
  if (!file) return notFound()
  return new Response(
    sitemapXml(file, (path, locale) => absoluteUrl(path, locale)),
    {
      headers: { 'content-type': 'application/xml; charset=utf-8' },
    },
  )
}
