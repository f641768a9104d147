import { useTranslations } from 'next-intl'
import type { ReactNode } from 'react'
import { Link } from '@/lib/i18n/navigation'

export type Crumb = { href: string; label: ReactNode }

/** Where the page sits: links to its ancestors; the current page is named, not linked. */
export function Breadcrumbs({ items, current }: { items: Crumb[]; current: ReactNode }) {
  const t = useTranslations('Nav')
  return (
    <nav aria-label={t('breadcrumbs')} className="breadcrumbs no-print">
      <ol>
        {items.map((item) => (
          <li key={item.href}>
            <Link href={item.href}>{item.label}</Link>
          </li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  )
}
