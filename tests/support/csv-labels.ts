import { createTranslator } from 'next-intl'
import { messages } from '@/lib/i18n/messages'
import type { Locale } from '@/lib/i18n/routing'
import { csvLabels } from '@/lib/reporting/csv-labels'

/** The CSV's words in `locale`, from the real message files, as the download route builds them. */
export function csvLabelsIn(locale: Locale) {
  return csvLabels(
    createTranslator({ locale, messages: messages[locale], namespace: 'Csv' }),
    createTranslator({ locale, messages: messages[locale], namespace: 'Status' }),
  )
}
