import { useTranslations } from 'next-intl'
import type { ReactNode } from 'react'
import type { ProjectRef } from '@/lib/content/schemas'
import { Link } from '@/lib/i18n/navigation'
import { paths } from '@/lib/paths'
import { LocalizedText } from './LocalizedText'

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

/** The trail of a page inside a project: Projects › the project › any further ancestors. */
export function ProjectBreadcrumbs({
  project,
  items = [],
  current,
}: {
  project: Pick<ProjectRef, 'slug' | 'shortTitle'>
  items?: Crumb[]
  current: ReactNode
}) {
  const t = useTranslations('Nav')
  return (
    <Breadcrumbs
      items={[
        { href: paths.projects(), label: t('projects') },
        { href: paths.project(project.slug), label: <LocalizedText value={project.shortTitle} /> },
        ...items,
      ]}
      current={current}
    />
  )
}
