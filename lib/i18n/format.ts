import type { Locale } from './routing'

/** Regional variants used for formatting: Georgian as in Georgia, English as in the EU/UK. */
export const INTL_LOCALE: Record<Locale, string> = { ka: 'ka-GE', en: 'en-GB' }

/** Formats a CMS date (YYYY-MM-DD, or YYYY-MM when only the month is known) for a language. */
export function formatPartialDate(value: string, locale: Locale): string {
  const monthOnly = value.length === 7
  const date = new Date(`${monthOnly ? `${value}-01` : value}T00:00:00Z`)
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    year: 'numeric',
    month: 'long',
    ...(monthOnly ? {} : { day: 'numeric' }),
    timeZone: 'UTC',
  }).format(date)
}

/** A moment (e.g. when a report was generated), with its time zone, UTC. */
export function formatDateTime(value: Date, locale: Locale): string {
  return (
    new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone: 'UTC',
    }).format(value) + ' UTC'
  )
}
