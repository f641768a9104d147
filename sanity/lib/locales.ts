import { routing, type Locale } from '../../lib/i18n/routing'

const NAMES: Record<Locale, string> = { ka: 'Georgian', en: 'English' }

/** Editor-facing names of the portal languages, in Studio order (Georgian first: it is the source). */
export const studioLanguages: ReadonlyArray<{ id: Locale; title: string; name: string }> =
  routing.locales.map((id) => ({ id, name: NAMES[id], title: `${NAMES[id]} (${id})` }))

export function languageTitle(id: Locale): string {
  return studioLanguages.find((language) => language.id === id)?.title ?? id
}

/** "English", "Georgian": for sentences such as "Needs English". */
export function languageName(id: Locale): string {
  return studioLanguages.find((language) => language.id === id)?.name ?? id
}
