import { useLocale } from 'next-intl'
import { formatDate } from '@/lib/i18n/format'

/** When an update came out, as a <time> (the day, in the page's language; UTC). */
export function UpdateDate({ value, className }: { value: string; className?: string }) {
  const locale = useLocale()
  return (
    <time className={className} dateTime={value}>
      {formatDate(new Date(value), locale)}
    </time>
  )
}
