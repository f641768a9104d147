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

const dayFormat = memoizedPerLocale(
  (locale) =>
    new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      timeZone: 'UTC',
    }),
)
const monthFormat = memoizedPerLocale(
  (locale) => new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }),
)
/** Short months ("15 Dec 2013", "Jun 2017"): for table cells, where a period must fit a column. */
const shortDayFormat = memoizedPerLocale(
  (locale) =>
    new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      timeZone: 'UTC',
    }),
)
const shortMonthFormat = memoizedPerLocale(
  (locale) => new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', timeZone: 'UTC' }),
)
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
  const format =
    style === 'short'
      ? monthOnly
        ? shortMonthFormat
        : shortDayFormat
      : monthOnly
        ? monthFormat
        : dayFormat
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
