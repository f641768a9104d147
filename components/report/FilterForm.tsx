'use client'

import { useRouter } from 'next/navigation'
import type { FormEvent, ReactNode } from 'react'
import { cleanListSearch } from '@/lib/reporting/filter-params'

/**
 * The filter form. Without JavaScript it is a plain GET form (the server renders the filtered
 * list, and redirects a URL with empty or default values to its clean form). With JavaScript a
 * submit becomes a client navigation to the clean URL (no full reload), and ticking a box or
 * choosing a sort order applies at once; the search box applies on Enter.
 */
export function FilterForm({
  action,
  label,
  children,
}: {
  action: string
  label: string
  children: ReactNode
}) {
  const router = useRouter()
  function apply(form: HTMLFormElement) {
    const query = new URLSearchParams()
    for (const [name, value] of new FormData(form))
      if (typeof value === 'string') query.append(name, value)
    router.push(`${action}${cleanListSearch(query)}`, { scroll: false })
  }
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    apply(event.currentTarget)
  }
  function onChange(event: FormEvent<HTMLFormElement>) {
    const target = event.target
    if (target instanceof HTMLInputElement && target.type === 'search') return
    apply(event.currentTarget)
  }
  return (
    <form
      action={action}
      method="get"
      aria-label={label}
      className="filters"
      onSubmit={onSubmit}
      onChange={onChange}
    >
      {children}
    </form>
  )
}
