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

/**
 * One value per language. Written out so that the type forces a value for every locale: adding a
 * locale to `routing` fails to compile here until it has one.
 */
export function byLocale<T>(make: (locale: Locale) => T): Record<Locale, T> {
  return { ka: make('ka'), en: make('en') }
}
