'use client'

import { useSyncExternalStore } from 'react'

const subscribe = () => () => {}

/** Opens the print dialog. Needs JavaScript, so it only appears once the page is interactive. */
export function PrintButton({ label }: { label: string }) {
  const interactive = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  )
  if (!interactive) return null
  return (
    <button type="button" className="button" onClick={() => window.print()}>
      {label}
    </button>
  )
}
