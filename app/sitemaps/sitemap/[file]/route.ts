import { getPublishedRouteIndex } from '@/lib/content'
import { notFoundResponse } from '@/lib/not-found-response'
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

/** One file of the sitemap (lib/site/sitemap.ts); /sitemap.xml lists them. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const id = sitemapFileId((await params).file)
  if (id === null) return notFoundResponse()
  const file = sitemapFiles(sitemapPages(await getPublishedRouteIndex()))[id]
  if (!file) return notFoundResponse()
  return new Response(sitemapXml(file, absoluteUrl), {
    headers: { 'content-type': 'application/xml; charset=utf-8' },
  })
}
