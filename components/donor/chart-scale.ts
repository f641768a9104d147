/**
 * The scale of a chart's axis: round ticks from 0 up to at least the largest value, as many as
 * fit side by side on the narrowest phone. Charts are drawn in percentages of the column's width
 * and the server cannot measure text, so the fit is judged on estimates of both.
 */

/** The narrowest chart: a 320 px screen less its two gutters (tokens.css: 1rem each). */
export const NARROWEST_CHART = 288
/** A generous width of one character of 14 px chart text (digits, separators, Mkhedruli). */
export const CHAR_WIDTH = 9
/** The space kept free between two labels. */
const LABEL_GAP = 12

/** Steps of a round scale: 1, 2 and 5 times a power of ten (no 2.5: counts are whole). */
const ROUND_STEPS = [1, 2, 5, 10]

export type Scale = { max: number; ticks: number[] }

/** The round scale from 0 with at most `intervals` steps whose last tick reaches `max`. */
function roundScale(max: number, intervals: number): Scale {
  const top = max > 0 ? max : 1
  const rough = top / intervals
  const power = 10 ** Math.floor(Math.log10(rough))
  // Always found: rough < 10 × power.
  const step = (ROUND_STEPS.find((multiple) => multiple * power >= rough) ?? 10) * power
  // A tiny tolerance: 0.6 / 0.2 is 2.9999999999999996 in floating point.
  const count = Math.max(1, Math.ceil(top / step - 1e-9))
  // Twelve digits keep 3 × 0.2 at 0.6 rather than 0.6000000000000001.
  const ticks = Array.from({ length: count + 1 }, (_, i) => Number((i * step).toPrecision(12)))
  return { max: ticks.at(-1) ?? top, ticks }
}

/**
 * The scale with the most ticks (up to six) whose labels, as `format` writes them, fit between
 * their neighbours on the narrowest chart.
 */
export function chartScale(max: number, format: (value: number) => string): Scale {
  for (let intervals = 5; intervals > 1; intervals--) {
    const scale = roundScale(max, intervals)
    const widest = Math.max(...scale.ticks.map((tick) => format(tick).length)) * CHAR_WIDTH
    const spacing = NARROWEST_CHART / (scale.ticks.length - 1)
    if (widest + LABEL_GAP <= spacing) return scale
  }
  return roundScale(max, 1)
}

/**
 * Which of `count` evenly spaced labels `width` characters long to show on the narrowest chart:
 * every one, every other one, … (the timeline's years).
 */
export function labelEvery(count: number, width: number): number {
  const fitting = Math.max(1, Math.floor(NARROWEST_CHART / (width * CHAR_WIDTH + LABEL_GAP)))
  return Math.max(1, Math.ceil(count / fitting))
}
