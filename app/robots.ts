import type { MetadataRoute } from 'next'
import { urlOnSite } from '@/lib/site'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/studio', '/api/'] }],
    sitemap: urlOnSite('/sitemap.xml'),
  }
}
