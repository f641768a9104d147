import type { CustomValidator } from 'sanity'
import type { Locale } from '../../lib/i18n/routing'
import { languageName, languageTitle } from '../lib/locales'
import { lackingLanguages } from './missing'

/**
 * A non-blocking warning on the language input of a localised field that lacks this language
 * while another one has text. The site then shows the other language's text (marked with its own
 * `lang`), so publishing stays possible; the warning says so.
 */
export function missingTranslationWarning(locale: Locale): CustomValidator<unknown> {
  return (_value, context) => {
    if (!lackingLanguages(context.parent).includes(locale)) return true
    return `Missing translation: ${languageTitle(locale)}. Until it is added, ${languageName(locale)} pages show the text in the other language.`
  }
}
