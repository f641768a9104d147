import { routing, type Locale } from '../../lib/i18n/routing'

/** Editor-facing names of the portal languages, in Studio order (Georgian first: it is the source). */
export const studioLanguages: ReadonlyArray<{ id: Locale; title: string; name: string }> =
  routing.locales.map((id) => {
    const name = id === 'ka' ? 'Georgian' : 'English'
    return { id, name, title: `${name} (${id})` }
  })

export function languageTitle(id: Locale): string {
  return studioLanguages.find((language) => language.id === id)?.title ?? id
}

/** "English", "Georgian": for sentences such as "Needs English". */
export function languageName(id: Locale): string {
  return studioLanguages.find((language) => language.id === id)?.name ?? id
}
