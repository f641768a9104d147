/**
 * A project's headline figures: what it achieved, as numbers a visitor can take in at a glance
 * and a donor can quote. Each is one indicator's one reported value, in the order of the results.
 */
import type { Indicator, Result } from './schemas'

export type HeadlineFigure = {
  /** Unique within the project: the result's id and the indicator's key. */
  key: string
  result: Result
  indicator: Indicator
  /** The one value reported for the indicator (a percentage when the indicator measures one). */
  value: number
}

/**
 * The indicator's value when it has exactly one: a value per training event, or per year, is not
 * a total, and neither adding them nor picking one would say what the data says. Such indicators,
 * and those described in words, stay with their tables on the cluster or objectives page.
 */
function singleValue(indicator: Indicator): number | null {
  if (indicator.measure === '5') return null
  const values = indicator.periods.flatMap((period) =>
    period.actual === null ? [] : [period.actual],
  )
  return values.length === 1 ? (values[0] ?? null) : null
}

/** Every headline figure of these results, in the results' order (at most `limit` of them). */
export function headlineFigures(results: Result[], limit = Infinity): HeadlineFigure[] {
  const figures = [...results]
    .sort((a, b) => a.order - b.order)
    .flatMap((result) =>
      result.indicators.flatMap((indicator) => {
        const value = singleValue(indicator)
        return value === null
          ? []
          : [{ key: `${result.id}:${indicator.key}`, result, indicator, value }]
      }),
    )
  return figures.slice(0, limit)
}
