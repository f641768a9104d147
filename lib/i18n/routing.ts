import { defineRouting } from 'next-intl/routing'

/** The single source of truth for the portal's languages (routing, Sanity fields, messages). */
export const routing = defineRouting({
  locales: ['ka', 'en'],
  defaultLocale: 'ka',
  localePrefix: 'always',
})

export type Locale = (typeof routing.locales)[number]

/** With exactly two languages, the fallback for one is always the other. */
export function fallbackLocaleFor(locale: Locale): Locale {
  return locale === 'ka' ? 'en' : 'ka'
}
