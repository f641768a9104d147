import { useLocale } from 'next-intl'
import { formatPartialDate } from '@/lib/i18n/format'

/** A CMS date, YYYY-MM-DD or month-precise YYYY-MM, formatted for the page's language. */
export function PartialDate({ value }: { value: string }) {
  const locale = useLocale()
  return <time dateTime={value}>{formatPartialDate(value, locale)}</time>
}
