import { PartialDate } from './PartialDate'

/**
 * "15 December 2013 – June 2017", or just the start when no end is known. `short` abbreviates
 * the months for table cells, where each date stays on one line and the line breaks after the
 * dash; long dates wrap freely (narrow tiles on phones).
 */
export function Period({
  start,
  end,
  short = false,
}: {
  start: string
  end: string | null
  short?: boolean
}) {
  const from = <PartialDate value={start} short={short} />
  const to = end ? <PartialDate value={end} short={short} /> : null
  if (!short)
    return (
      <>
        {from}
        {to && <> – {to}</>}
      </>
    )
  return (
    <>
      <span className="nowrap">
        {from}
        {to && ' –'}
      </span>
      {to && (
        <>
          {' '}
          <span className="nowrap">{to}</span>
        </>
      )}
    </>
  )
}
