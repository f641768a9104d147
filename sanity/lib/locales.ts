import { routing, type Locale } from '../../lib/i18n/routing'

/** Editor-facing names of the portal languages, in Studio order (Georgian first: it is the source). */
export const studioLanguages: ReadonlyArray<{ id: Locale; title: string }> = routing.locales.map(
  (id) => ({ id, title: id === 'ka' ? 'Georgian (ka)' : 'English (en)' }),
)

export function languageTitle(id: Locale): string {
  return studioLanguages.find((language) => language.id === id)?.title ?? id
}
