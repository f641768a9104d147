import './figures.css'
import { useId, type ReactNode } from 'react'

/**
 * A data table that may scroll sideways on a narrow screen without the page doing so; the
 * scrolling box is a named region that keyboard users can focus (WCAG 2.1.1, 1.4.10).
 */
export function ScrollTable({
  caption,
  className,
  children,
}: {
  caption: ReactNode
  className: string
  children: ReactNode
}) {
  const id = useId()
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={id}>
      <table className={className}>
        <caption id={id}>{caption}</caption>
        {children}
      </table>
    </div>
  )
}
