import { useLocale } from 'next-intl'
import { formatPartialDate } from '@/lib/i18n/format'

/**
 * A CMS date, YYYY-MM-DD or month-precise YYYY-MM, formatted for the page's language; `short`
 * abbreviates the month (table cells).
 */
export function PartialDate({ value, short = false }: { value: string; short?: boolean }) {
  const locale = useLocale()
  return <time dateTime={value}>{formatPartialDate(value, locale, short ? 'short' : 'long')}</time>
}
