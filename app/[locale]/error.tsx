'use client'

import { useContext, useEffect } from 'react'
import { ErrorStringsContext } from '@/components/ErrorStrings'

export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string }
  reset: () => void
}) {
  // The server logged the details; the digest ties this browser's report to that log line.
  useEffect(() => {
    console.error(`[page] ${error.message}${error.digest ? ` (digest ${error.digest})` : ''}`)
  }, [error])
  // The layout provides the strings of the page's language (components/ErrorStrings.tsx).
  const t = useContext(ErrorStringsContext)
  if (!t) return null
  return (
    <div className="container prose" role="alert">
      <h1>{t.title}</h1>
      <p>{t.description}</p>
      <button type="button" className="button" onClick={reset}>
        {t.retry}
      </button>
    </div>
  )
}
