'use client'

import { useSyncExternalStore } from 'react'

const subscribe = () => () => {}

/**
 * Opens the print dialog. It needs JavaScript, so until the page is interactive it keeps its place
 * but stays invisible (and out of the tab order and the accessibility tree): appearing later would
 * shift the list below it.
 */
export function PrintButton({ label }: { label: string }) {
  const interactive = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  )
  return (
    <button
      type="button"
      className="button"
      style={interactive ? undefined : { visibility: 'hidden' }}
      onClick={() => window.print()}
    >
      {label}
    </button>
  )
}
