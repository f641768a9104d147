import { PartialDate } from './PartialDate'

/** "15 December 2013 – June 2017", or just the start when no end is known. */
export function Period({ start, end }: { start: string; end: string | null }) {
  return (
    <>
      <PartialDate value={start} />
      {end ? (
        <>
          {' – '}
          <PartialDate value={end} />
        </>
      ) : null}
    </>
  )
}
