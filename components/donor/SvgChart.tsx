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
