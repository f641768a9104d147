'use client'

import { usePathname } from 'next/navigation'
import type { ReactNode } from 'react'

/**
 * How a link relates to the page being shown: `page` when it leads to it, `true` when the page
 * lies within the section the link leads to (a project's page, under Projects), as GOV.UK's
 * service navigation marks them. The home page contains every page, so it is current only itself.
 */
export function currentOf(
  pathname: string,
  href: string,
  section: boolean,
): 'page' | 'true' | undefined {
  if (pathname === href) return 'page'
  return section && pathname.startsWith(`${href}/`) ? 'true' : undefined
}

/**
 * A link of the site's navigation, marked with `aria-current` where it leads to the page shown.
 * A client component only because a layout's server components are not told the page's path;
 * `usePathname` is answered while the page is rendered, so the mark is in the HTML and needs no
 * script (the language switch already loads the same router hook).
 */
export function NavLink({
  href,
  section = true,
  children,
}: {
  /** The link's full path, with the locale prefix. */
  href: string
  /** Whether pages below `href` belong to it (false for the home page). */
  section?: boolean
  children: ReactNode
}) {
  const current = currentOf(usePathname() ?? '', href, section)
  return (
    <a href={href} aria-current={current}>
      {children}
    </a>
  )
}
