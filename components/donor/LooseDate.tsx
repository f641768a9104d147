import { PartialDate } from '../PartialDate'

/** A date as sources give it: a year alone ("2017"), a month or a day. */
export function LooseDate({ value }: { value: string }) {
  return value.length === 4 ? <time dateTime={value}>{value}</time> : <PartialDate value={value} />
}
