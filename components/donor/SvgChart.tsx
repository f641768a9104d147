import { useId, type ReactNode } from 'react'

/**
 * A horizontal position as an SVG length: a percentage of the column's width. Charts use
 * percentages rather than a scaled viewBox, so their labels keep their size on a phone.
 */
export const percent = (value: number) => `${value}%`

/**
 * A server-rendered chart that is one image to assistive technology, named by its title and
 * described in words by its description (the figures themselves are in a table next to it).
 */
export function SvgChart({
  className,
  height,
  title,
  description,
  children,
}: {
  className: string
  height: number
  title: string
  description: ReactNode
  children: ReactNode
}) {
  const id = useId()
  return (
    <svg
      className={className}
      width="100%"
      height={height}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {children}
    </svg>
  )
}

/** A vertical line at `x` from `top` to `bottom`: a tick, a target, a date. */
export function VerticalLine({
  className,
  x,
  top,
  bottom,
}: {
  className?: string
  x: string
  top: number
  bottom: number
}) {
  return <line className={className} x1={x} x2={x} y1={top} y2={bottom} />
}

/**
 * How a label sits on its point so that it stays inside the chart: the first starts there, the
 * last ends there, the others are centred on it.
 */
const anchorOf = (index: number, count: number) =>
  index === 0 ? 'start' : index === count - 1 ? 'end' : 'middle'

/** Height of a value axis: its line, tick labels and caption. */
export const VALUE_AXIS_HEIGHT = 48

/**
 * A value axis below the chart's rows: a line from 0 to the scale's end, a labelled tick at each
 * round value, and under them a caption saying what is counted.
 */
export function ValueAxis({
  top,
  ticks,
  caption,
}: {
  top: number
  /** Each tick's position along the axis (an SVG length) and its label. */
  ticks: { at: string; label: string }[]
  caption: ReactNode
}) {
  return (
    <g className="chart-axis" transform={`translate(0 ${top})`}>
      <line x1={0} x2="100%" y1={0} y2={0} />
      {ticks.map((tick, index) => (
        <g key={tick.at}>
          <VerticalLine x={tick.at} top={0} bottom={5} />
          <text x={tick.at} y={20} textAnchor={anchorOf(index, ticks.length)}>
            {tick.label}
          </text>
        </g>
      ))}
      <text className="chart-axis__caption" x={0} y={42}>
        {caption}
      </text>
    </g>
  )
}

/**
 * The key to a chart's marks, above it: a small drawing of each mark and what it stands for.
 * Hidden from assistive technology, which has the chart's description and table instead.
 */
export function ChartLegend({
  items,
}: {
  items: { key: string; label: string; mark: ReactNode }[]
}) {
  return (
    <ul className="chart-legend" aria-hidden="true">
      {items.map((item) => (
        <li key={item.key}>
          <svg className="chart-legend__mark" width={20} height={16}>
            {item.mark}
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  )
}
