import { useId } from 'react'
import { useLocale, useTranslations } from 'next-intl'
import type { Indicator } from '@/lib/content/schemas'
import { formatNumber } from '@/lib/i18n/format'
import { periodLabel } from './period-label'

const ROW = 44
const BAR = 14

/**
 * Progress towards target, one bar per period: the actual value as a filled bar, the target as a
 * tick, the baseline as a dashed line. Server-rendered SVG with its own title and a description
 * that says in words what it shows; the table next to it holds every figure. Widths are
 * percentages of the column rather than a scaled viewBox, so labels keep their size on a phone.
 */
export function IndicatorChart({ indicator }: { indicator: Indicator }) {
  const t = useTranslations('Results')
  const locale = useLocale()
  const id = useId()
  const rows = indicator.periods.filter(
    (period) => period.actual !== null || period.target !== null,
  )
  // A single figure without a target has nothing to be compared with: the table says it all.
  const comparable = rows.some((row) => row.target !== null) || rows.length > 1
  if (indicator.measure === '5' || !comparable) return null

  const baseline = indicator.baseline?.value ?? null
  const values = rows.flatMap((row) => [row.actual ?? 0, row.target ?? 0]).concat(baseline ?? 0)
  const max = indicator.measure === '2' ? 100 : Math.max(...values, 1) * 1.1
  const x = (value: number) => `${Math.min(100, (Math.max(0, value) / max) * 100)}%`
  const number = (value: number) => formatNumber(value, locale)
  const labelOf = (row: (typeof rows)[number], style: 'long' | 'short' = 'long') =>
    periodLabel(row, locale, style) ?? t('periodNotRecorded')

  const sentences = rows.map((row) => {
    const period = labelOf(row)
    if (row.actual !== null && row.target !== null && row.target !== 0) {
      const percent = number(Math.round((row.actual / row.target) * 100))
      return t('chartActualOfTarget', {
        period,
        actual: number(row.actual),
        target: number(row.target),
        percent,
      })
    }
    if (row.actual !== null) return t('chartActual', { period, actual: number(row.actual) })
    return t('chartTarget', { period, target: number(row.target ?? 0) })
  })
  if (baseline !== null && indicator.baseline?.year) {
    sentences.unshift(
      t('baselineValue', { value: number(baseline), year: indicator.baseline.year }),
    )
  }
  const height = rows.length * ROW + 8

  return (
    <svg
      className="indicator-chart"
      width="100%"
      height={height}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
    >
      <title id={`${id}-title`}>{t('chartTitle', { title: indicator.title.value })}</title>
      <desc id={`${id}-desc`}>{sentences.join('; ')}</desc>
      {rows.map((row, index) => {
        const top = index * ROW + 4
        return (
          <g key={row.key} transform={`translate(0 ${top})`}>
            {/* One line, label then value: side by side they would collide on a phone. */}
            <text className="indicator-chart__label" x={0} y={12}>
              {row.actual !== null
                ? `${labelOf(row, 'short')}: ${number(row.actual)}`
                : labelOf(row, 'short')}
            </text>
            <rect className="indicator-chart__track" x={0} y={18} width="100%" height={BAR} />
            {row.actual !== null && (
              <rect
                className="indicator-chart__actual"
                x={0}
                y={18}
                width={x(row.actual)}
                height={BAR}
              />
            )}
            {row.target !== null && (
              <line
                className="indicator-chart__target"
                x1={x(row.target)}
                x2={x(row.target)}
                y1={14}
                y2={18 + BAR + 4}
              />
            )}
            {baseline !== null && (
              <line
                className="indicator-chart__baseline"
                x1={x(baseline)}
                x2={x(baseline)}
                y1={16}
                y2={18 + BAR + 2}
              />
            )}
          </g>
        )
      })}
    </svg>
  )
}
