import 'server-only'
import { cache } from 'react'
import { read } from '@/lib/content'
import type { Locale } from '@/lib/i18n/routing'
import { identityOf, type SiteIdentity } from './identity'

export type { SiteIdentity } from './identity'

/**
 * The site settings (the `siteSettings` read: cached, tagged `site-settings`, refreshed by the
 * webhook) for the page frame. Never fails a page: without settings, or when reading them fails,
 * the frame shows the message texts.
 */
export const siteIdentity = cache(async (locale: Locale): Promise<SiteIdentity> => {
  try {
    return identityOf(await read('siteSettings', locale), locale)
  } catch (error) {
    console.warn(`[site] site settings unavailable: ${String(error)}`)
    return identityOf(null, locale)
  }
})
