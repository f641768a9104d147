import { defineRouting } from 'next-intl/routing'

/** The single source of truth for the portal's languages (routing, Sanity fields, messages). */
export const routing = defineRouting({
  locales: ['ka', 'en'],
  defaultLocale: 'ka',
  localePrefix: 'always',
})

export type Locale = (typeof routing.locales)[number]

/** The language a missing text falls back to: the first other language (with two, the other one). */
export function fallbackLocaleFor(locale: Locale): Locale {
  return routing.locales.find((other) => other !== locale) ?? routing.defaultLocale
}
