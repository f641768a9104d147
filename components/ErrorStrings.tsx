'use client'

import { createContext, type ReactNode } from 'react'
import type { messages } from '@/lib/i18n/messages'

export type ErrorStrings = (typeof messages)['en']['Error']

/**
 * The error page's strings, handed down by the layout. The error page is a client component on
 * every page: importing the message files there put all of them (5 kB) into every page's scripts.
 */
export const ErrorStringsContext = createContext<ErrorStrings | null>(null)

export function ErrorStringsProvider({
  strings,
  children,
}: {
  strings: ErrorStrings
  children: ReactNode
}) {
  return <ErrorStringsContext value={strings}>{children}</ErrorStringsContext>
}
