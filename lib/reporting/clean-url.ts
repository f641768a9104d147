import 'server-only'
import { redirect } from 'next/navigation'
import { getPathname } from '@/lib/i18n/navigation'
import type { Locale } from '@/lib/i18n/routing'
import { cleanListSearch, needsCleaning } from './filter-params'
import type { SearchParams } from './filters'

/**
 * A list URL with empty values or the default sort (what a plain GET form sends, `?q=&sort=order`)
 * is redirected to its clean form, which is the URL visitors bookmark and share.
 */
export function redirectToCleanListUrl(locale: Locale, listPath: string, params: SearchParams) {
  if (needsCleaning(params))
    redirect(`${getPathname({ href: listPath, locale })}${cleanListSearch(params)}`)
}
