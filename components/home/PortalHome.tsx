import { useTranslations } from 'next-intl'
import type { Project, UpdateListItem } from '@/lib/content/schemas'
import { Link } from '@/lib/i18n/navigation'
import { paths } from '@/lib/paths'
import { PageHeader } from '../PageHeader'
import { LatestUpdates } from '../updates/UpdateList'
import { HomeProjectCard } from './HomeProjectCard'

/**
 * The portal's front door: what the portal is, then its projects, each with its purpose, period,
 * headline results and latest change, leading to its overview. Not a copy of any overview.
 */
export function PortalHome({
  projects,
  total,
  euFunded,
  updates = [],
}: {
  /** The projects shown, each with when its pages last changed. */
  projects: { project: Project; updatedAt: string | null }[]
  /** How many projects the portal has (more than are shown, one day). */
  total: number
  /** Every project on the portal is EU-funded. */
  euFunded: boolean
  /** The latest updates (none: no section at all). */
  updates?: UpdateListItem[]
}) {
  const t = useTranslations('Home')
  return (
    <div className="container home">
      <PageHeader title={t('title')} />
      <p className="lead">
        {t('intro')}
        {euFunded && <> {t('euFunded')}</>}
      </p>
      {/* Each project's name is an h2: the cards are the page's sections. */}
      {projects.length > 0 && (
        <ul className="card-grid card-grid--wide home-projects" aria-label={t('projects')}>
          {projects.map(({ project, updatedAt }) => (
            <HomeProjectCard key={project.id} project={project} updatedAt={updatedAt} />
          ))}
        </ul>
      )}
      {total > projects.length && (
        <p>
          <Link href={paths.projects()}>{t('allProjects', { count: total })}</Link>
        </p>
      )}
      <LatestUpdates updates={updates} />
    </div>
  )
}
