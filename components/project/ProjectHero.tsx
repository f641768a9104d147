import { useTranslations } from 'next-intl'
import type { ReactNode } from 'react'
import type { Project } from '@/lib/content/schemas'
import { isEuFunded } from '@/lib/site/eu-funding'
import { headingClass } from '@/lib/site/heading'
import { EuFunding } from '../EuFunding'
import { LocalizedText } from '../LocalizedText'

/**
 * The top of a project's overview: where (the kicker), its name, its purpose in one sentence, and
 * beside them the key facts (when, how much, funded by and implemented by). The EU's emblem and
 * statement of an EU-funded project show here only on a portal whose header does not carry them
 * (not every project EU-funded): once per page either way (components.css hides this copy).
 */
export function ProjectHero({
  project,
  breadcrumbs,
  children,
}: {
  project: Pick<Project, 'country' | 'title' | 'summary' | 'organizations'>
  breadcrumbs?: ReactNode
  /** Shown beside the introduction on desktops, below it on phones: the key figures. */
  children?: ReactNode
}) {
  const t = useTranslations('Project')
  const tCountry = useTranslations('Country')
  return (
    <header className="hero">
      <div className="container">
        {breadcrumbs}
        <div className="hero__grid">
          <div>
            {project.country && (
              <p className="hero__kicker">{t('kicker', { country: tCountry(project.country) })}</p>
            )}
            <LocalizedText
              as="h1"
              className={headingClass(project.title.value)}
              value={project.title}
            />
            <LocalizedText as="p" className="hero__lead" value={project.summary} />
            {isEuFunded(project) && <EuFunding />}
          </div>
          {children}
        </div>
      </div>
    </header>
  )
}
