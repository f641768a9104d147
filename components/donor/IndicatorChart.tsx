import { useLocale, useTranslations } from 'next-intl'
import type { Indicator } from '@/lib/content/schemas'
import { formatNumber } from '@/lib/i18n/format'
import { chartScale } from './chart-scale'
import { usePeriodLabel } from './period-label'
import {
  ChartLegend,
  SvgChart,
  VALUE_AXIS_HEIGHT,
  ValueAxis,
  VerticalLine,
  percent,
} from './SvgChart'

const ROW = 44
const BAR = 14

type Period = Indicator['periods'][number]

/**
 * Progress towards target, one bar per period: the actual value as a filled bar, the target as a
 * tick, the baseline as a dashed line, against a labelled scale from 0 and under a key to those
 * marks. Server-rendered SVG with its own title and a description that says in words what it
 * shows; the table next to it holds every figure.
 */
export function IndicatorChart({ indicator }: { indicator: Indicator }) {
  const t = useTranslations('Results')
  const locale = useLocale()
  const labelOf = usePeriodLabel()
  const rows = indicator.periods.filter(
    (period) => period.actual !== null || period.target !== null,
  )
  // A single figure without a target has nothing to be compared with: the table says it all.
  const comparable = rows.some((row) => row.target !== null) || rows.length > 1
  if (indicator.measure === '5' || !comparable) return null

  const number = (value: number) => formatNumber(value, locale)
  const baseline = indicator.baseline?.value ?? null
  const values = rows.flatMap((row) => [row.actual ?? 0, row.target ?? 0]).concat(baseline ?? 0)
  // A percentage is drawn on its whole scale, to 100.
  const scale = chartScale(Math.max(...values, indicator.measure === '2' ? 100 : 0), number)
  const x = (value: number) => percent(Math.min(100, (Math.max(0, value) / scale.max) * 100))
  const gridlines = scale.ticks.slice(1, -1).map(x)
  const axisTop = rows.length * ROW + 4

  return (
    <div className="indicator-chart__figure">
      <IndicatorLegend rows={rows} baseline={baseline} />
      <SvgChart
        className="indicator-chart"
        height={axisTop + VALUE_AXIS_HEIGHT}
        title={t('chartTitle', { title: indicator.title.value })}
        description={<ChartSentences rows={rows} baseline={indicator.baseline} />}
      >
        {rows.map((row, index) => (
          <PeriodBar
            key={row.key}
            top={index * ROW + 4}
            // One line, label then value: side by side they would collide on a phone.
            label={
              row.actual !== null
                ? `${labelOf(row, 'short')}: ${number(row.actual)}`
                : labelOf(row, 'short')
            }
            gridlines={gridlines}
            actual={row.actual === null ? null : x(row.actual)}
            target={row.target === null ? null : x(row.target)}
            baseline={baseline === null ? null : x(baseline)}
          />
        ))}
        <ValueAxis
          top={axisTop}
          ticks={scale.ticks.map((tick) => ({ at: x(tick), label: number(tick) }))}
          caption={<AxisCaption indicator={indicator} />}
        />
      </SvgChart>
    </div>
  )
}

/** What the scale counts: per cent, or a number of the indicator's unit. */
function AxisCaption({ indicator }: { indicator: Indicator }) {
  const t = useTranslations('Results')
  if (indicator.measure === '2') return t('axisPercent')
  return indicator.unit ? t('axisCount', { unit: indicator.unit.value }) : t('axisNumber')
}

/** The key to the marks this chart draws: the actual bar, the target tick, the baseline. */
function IndicatorLegend({ rows, baseline }: { rows: Period[]; baseline: number | null }) {
  const t = useTranslations('Results')
  const items = [
    rows.some((row) => row.actual !== null) && {
      key: 'actual',
      label: t('actual'),
      mark: <rect className="indicator-chart__actual" x={0} y={1} width={20} height={BAR} />,
    },
    rows.some((row) => row.target !== null) && {
      key: 'target',
      label: t('target'),
      mark: <VerticalLine className="indicator-chart__target" x="10" top={0} bottom={16} />,
    },
    baseline !== null && {
      key: 'baseline',
      label: t('baseline'),
      mark: <VerticalLine className="indicator-chart__baseline" x="10" top={0} bottom={16} />,
    },
  ]
  return <ChartLegend items={items.filter((item) => item !== false)} />
}

/** The chart in words: the baseline, then each period's actual value against its target. */
function ChartSentences({ rows, baseline }: { rows: Period[]; baseline: Indicator['baseline'] }) {
  const t = useTranslations('Results')
  const locale = useLocale()
  const labelOf = usePeriodLabel()
  const number = (value: number) => formatNumber(value, locale)
  const sentences = rows.map((row) => {
    const period = labelOf(row)
    if (row.actual !== null && row.target !== null && row.target !== 0) {
      return t('chartActualOfTarget', {
        period,
        actual: number(row.actual),
        target: number(row.target),
        percent: number(Math.round((row.actual / row.target) * 100)),
      })
    }
    if (row.actual !== null) return t('chartActual', { period, actual: number(row.actual) })
    return t('chartTarget', { period, target: number(row.target ?? 0) })
  })
  const value = baseline?.value ?? null
  if (value !== null && baseline?.year) {
    sentences.unshift(t('baselineValue', { value: number(value), year: baseline.year }))
  }
  return sentences.join('; ')
}

/**
 * One period's row: its label, the track with the scale's lines across it, the actual bar and
 * the target and baseline ticks.
 */
function PeriodBar({
  top,
  label,
  gridlines,
  actual,
  target,
  baseline,
}: {
  top: number
  label: string
  gridlines: string[]
  /** Positions along the track (SVG lengths), null where the figure is not recorded. */
  actual: string | null
  target: string | null
  baseline: string | null
}) {
  return (
    <g transform={`translate(0 ${top})`}>
      <text className="indicator-chart__label" x={0} y={12}>
        {label}
      </text>
      <rect className="indicator-chart__track" x={0} y={18} width="100%" height={BAR} />
      {gridlines.map((at) => (
        <VerticalLine
          key={at}
          className="indicator-chart__grid"
          x={at}
          top={18}
          bottom={18 + BAR}
        />
      ))}
      {actual !== null && (
        <rect className="indicator-chart__actual" x={0} y={18} width={actual} height={BAR} />
      )}
      {target !== null && (
        <VerticalLine
          className="indicator-chart__target"
          x={target}
          top={14}
          bottom={18 + BAR + 4}
        />
      )}
      {baseline !== null && (
        <VerticalLine
          className="indicator-chart__baseline"
          x={baseline}
          top={16}
          bottom={18 + BAR + 2}
        />
      )}
    </g>
  )
}
