'use client'

import Form from 'next/form'
import type { FormEvent, ReactNode } from 'react'

/**
 * The filter form. Without JavaScript it is a plain GET form (the server renders the filtered
 * list). With JavaScript, next/form turns a submit into a client navigation (no full reload), and
 * ticking a box or choosing a sort order applies at once; the search box applies on Enter.
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
  function applyOnChange(event: FormEvent<HTMLFormElement>) {
    const target = event.target
    if (target instanceof HTMLInputElement && target.type === 'search') return
    event.currentTarget.requestSubmit()
  }
  return (
    <Form
      action={action}
      scroll={false}
      // No prefetch: the prefetched list (a generated page) would be reused for every filter
      // combination, because the page itself does not read the query; without it the router
      // asks for the filtered URL, which next.config.ts rewrites to the filtered route.
      prefetch={false}
      aria-label={label}
      className="filters"
      onChange={applyOnChange}
    >
      {children}
    </Form>
  )
}
