import { useLocale, useTranslations } from 'next-intl'
import { formatPartialDate } from '@/lib/i18n/format'
import type { Locale } from '@/lib/i18n/routing'

/**
 * A reporting period in few words: "2021" for a calendar year, else its first and last day;
 * `short` abbreviates the months (chart labels, which must fit a phone).
 */
export function periodLabel(
  period: { start: string | null; end: string | null },
  locale: Locale,
  style: 'long' | 'short' = 'long',
): string | null {
  const { start, end } = period
  if (!start || !end) return null
  if (
    start.slice(5) === '01-01' &&
    end.slice(5) === '12-31' &&
    start.slice(0, 4) === end.slice(0, 4)
  ) {
    return start.slice(0, 4)
  }
  const first = formatPartialDate(start, locale, style)
  return start === end ? first : `${first} – ${formatPartialDate(end, locale, style)}`
}

/** `periodLabel` in the page's language; a figure without dates is "Undated", a fact about it. */
export function usePeriodLabel() {
  const t = useTranslations('Results')
  const locale = useLocale()
  return (period: { start: string | null; end: string | null }, style: 'long' | 'short' = 'long') =>
    periodLabel(period, locale, style) ?? t('periodUndated')
}
