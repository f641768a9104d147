import { useSchema, type DocumentBadgeComponent } from 'sanity'
import { languageName } from '../lib/locales'
import { documentLacks, missingTranslations } from './missing'

/**
 * "EN missing" / "KA missing" next to the document status, for the version being edited (draft,
 * else published). The tooltip names the fields.
 */
export const TranslationBadge: DocumentBadgeComponent = (props) => {
  const schema = useSchema()
  const document = props.version ?? props.draft ?? props.published
  const gaps = missingTranslations(schema, document)
  const locales = documentLacks(gaps)
  if (locales.length === 0) return null
  const details = locales.map((locale) => {
    const fields = gaps.filter((gap) => gap.missing.includes(locale)).map((gap) => gap.title)
    return `${languageName(locale)} missing in: ${fields.join(', ')}`
  })
  return {
    label: `${locales.map((locale) => locale.toUpperCase()).join(' + ')} missing`,
    title: details.join('. '),
    color: 'warning',
  }
}
