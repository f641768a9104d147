import { useTranslations } from 'next-intl'
import type { ReactNode } from 'react'
import type { Project } from '@/lib/content/schemas'
import { Link } from '@/lib/i18n/navigation'
import { paths } from '@/lib/paths'
import { headingClass } from '@/lib/site/heading'
import { EuFunding } from '../EuFunding'
import { LocalizedText } from '../LocalizedText'
import { OrganizationName } from '../OrganizationName'

/** The top of a project's landing page: what it is, who implements and funds it, where to go. */
export function ProjectHero({
  project,
  euFunded,
  breadcrumbs,
  children,
}: {
  project: Project
  euFunded: boolean
  breadcrumbs?: ReactNode
  /** Shown beside the introduction on desktops, below it on phones: the key figures. */
  children?: ReactNode
}) {
  const t = useTranslations('Project')
  const tLayout = useTranslations('Layout')
  const tCountry = useTranslations('Country')
  const implementers = project.organizations.filter((entry) => entry.role === 'implementer')
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
            {implementers.length > 0 && (
              <p className="hero__byline">
                {tLayout('implementedBy')}{' '}
                {implementers.map((entry, i) => (
                  <span key={entry.organization.id}>
                    {i > 0 && ', '}
                    <OrganizationName organization={entry.organization} />
                  </span>
                ))}
              </p>
            )}
            {euFunded && <EuFunding />}
            <p className="actions no-print">
              <Link className="button" href={paths.activities(project.slug)}>
                {t('exploreActivities')}
              </Link>
              <Link className="button button--secondary" href={paths.objectives(project.slug)}>
                {t('viewObjectives')}
              </Link>
            </p>
          </div>
          {children}
        </div>
      </div>
    </header>
  )
}
