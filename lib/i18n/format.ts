import type { Locale } from './routing'

/** Regional variants used for formatting: Georgian as in Georgia, English as in the EU/UK. */
export const INTL_LOCALE: Record<Locale, string> = { ka: 'ka-GE', en: 'en-GB' }

/**
 * Formatters are built once per language and kept: building an Intl object loads locale data and
 * cost a tenth of the CPU time of the per-request activity list, which formats two dates a row.
 */
function memoizedPerLocale<T>(create: (intlLocale: string) => T): (locale: Locale) => T {
  const made = new Map<Locale, T>()
  return (locale) => {
    let value = made.get(locale)
    if (value === undefined) {
      value = create(INTL_LOCALE[locale])
      made.set(locale, value)
    }
    return value
  }
}

const partialDateFormat = (month: 'long' | 'short', withDay: boolean) =>
  memoizedPerLocale(
    (locale) =>
      new Intl.DateTimeFormat(locale, {
        year: 'numeric',
        month,
        day: withDay ? 'numeric' : undefined,
        timeZone: 'UTC',
      }),
  )
/**
 * A CMS date's formats, with its day or without: long months ("15 December 2013", "June 2017"),
 * or short ones ("15 Dec 2013", "Jun 2017") for table cells, where a period must fit a column.
 */
const partialDateFormats = {
  long: { day: partialDateFormat('long', true), month: partialDateFormat('long', false) },
  short: { day: partialDateFormat('short', true), month: partialDateFormat('short', false) },
}
const dateFormat = memoizedPerLocale(
  (locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }),
)
const dateTimeFormat = memoizedPerLocale(
  (locale) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }),
)

/** The collator that sorts and matches text the way readers of the language expect. */
export const collatorFor = memoizedPerLocale((locale) => new Intl.Collator(locale))

/** Formats a CMS date (YYYY-MM-DD, or YYYY-MM when only the month is known) for a language. */
export function formatPartialDate(
  value: string,
  locale: Locale,
  style: 'long' | 'short' = 'long',
): string {
  const monthOnly = value.length === 7
  const date = new Date(`${monthOnly ? `${value}-01` : value}T00:00:00Z`)
  const format = partialDateFormats[style][monthOnly ? 'month' : 'day']
  return format(locale).format(date)
}

/** The calendar day of a moment (e.g. the last content update), in UTC. */
export function formatDate(value: Date, locale: Locale): string {
  return dateFormat(locale).format(value)
}

/** A moment (e.g. when a report was generated), with its time zone, UTC. */
export function formatDateTime(value: Date, locale: Locale): string {
  return dateTimeFormat(locale).format(value) + ' UTC'
}

const numberFormat = memoizedPerLocale((locale) => new Intl.NumberFormat(locale))
const moneyFormats = new Map<string, Intl.NumberFormat>()

/** A number as readers of the language write it (4,800,000 / 4 800 000). */
export function formatNumber(value: number, locale: Locale): string {
  return numberFormat(locale).format(value)
}

/** An amount with its currency, without cents: budgets are given in whole units. */
export function formatMoney(money: { amount: number; currency: string }, locale: Locale): string {
  const key = `${locale}:${money.currency}`
  let format = moneyFormats.get(key)
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[locale], {
      style: 'currency',
      currency: money.currency,
      maximumFractionDigits: 0,
    })
    moneyFormats.set(key, format)
  }
  return format.format(money.amount)
}
