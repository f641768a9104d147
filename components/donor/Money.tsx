import { useLocale } from 'next-intl'
import type { Money as MoneyValue } from '@/lib/content/schemas'
import { formatMoney } from '@/lib/i18n/format'

/** An amount in its currency. Callers show it only where it is recorded. */
export function Money({ value }: { value: MoneyValue }) {
  const locale = useLocale()
  return <data value={value.amount}>{formatMoney(value, locale)}</data>
}
