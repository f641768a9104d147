import { useLocale } from 'next-intl'
import type { Money as MoneyValue } from '@/lib/content/schemas'
import { formatMoney } from '@/lib/i18n/format'
import { NotRecorded } from './NotRecorded'

/** An amount in its currency, or "Not recorded". */
export function Money({ value }: { value: MoneyValue | null }) {
  const locale = useLocale()
  return value ? <data value={value.amount}>{formatMoney(value, locale)}</data> : <NotRecorded />
}
