import type { ReactNode } from 'react'
import type { Localized } from '@/lib/content/schemas'
import { LocalizedText } from '../LocalizedText'
import { SourceRefs } from './SourceRefs'

/** One fact of a description list: its value, the sources it rests on and what to know about them. */
export function FactRow({
  label,
  sources = [],
  listedAt,
  note,
  children,
}: {
  label: ReactNode
  sources?: number[]
  /** The page listing the sources, when not this one (SourceRefs). */
  listedAt?: string
  note?: Localized<string> | null
  children: ReactNode
}) {
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd>
        {children}
        <SourceRefs numbers={sources} listedAt={listedAt} />
        {note && <LocalizedText as="p" className="fact__note" value={note} />}
      </dd>
    </div>
  )
}
