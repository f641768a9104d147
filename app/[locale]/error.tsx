'use client'

import { useParams } from 'next/navigation'
import { useEffect } from 'react'
import en from '@/messages/en.json'
import ka from '@/messages/ka.json'

// The error page runs in the browser; it needs only its own strings, not an i18n runtime.
const strings: Record<string, typeof en.Error> = { ka: ka.Error, en: en.Error }

export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string }
  reset: () => void
}) {
  const { locale } = useParams<{ locale: string }>()
  // The server logged the details; the digest ties this browser's report to that log line.
  useEffect(() => {
    console.error(`[page] ${error.message}${error.digest ? ` (digest ${error.digest})` : ''}`)
  }, [error])
  const t = strings[locale] ?? ka.Error
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
