import { useTranslations } from 'next-intl'
import { projectPeriod } from '@/lib/content/facts'
import type { ProjectListItem } from '@/lib/content/schemas'
import { Link } from '@/lib/i18n/navigation'
import { paths } from '@/lib/paths'
import { LocalizedText } from '../LocalizedText'
import { OrganizationName } from '../OrganizationName'
import { Period } from '../Period'

/**
 * A project in the list of projects: title (the link), summary, period, size, implementer. The EU's
 * emblem and statement are in the site header, once per page, not again on every card.
 */
export function ProjectCard({ project }: { project: ProjectListItem }) {
  const tProject = useTranslations('Project')
  const tLayout = useTranslations('Layout')
  const implementers = project.organizations.filter((entry) => entry.role === 'implementer')
  return (
    <li className="card project-card">
      <ProjectCardHead project={project} />
      <LocalizedText as="p" value={project.summary} />
      <p className="card__meta">
        <Period period={projectPeriod(project)} />
        {' · '}
        {tProject('activityCount', { count: project.activityCount })}
      </p>
      {implementers.map((entry) => (
        <p key={entry.organization.id} className="card__meta">
          {tLayout('implementedBy')} <OrganizationName organization={entry.organization} />
        </p>
      ))}
    </li>
  )
}

/** The top of a project's card: where, and its name as the link to its overview. */
export function ProjectCardHead({
  project,
}: {
  project: Pick<ProjectListItem, 'country' | 'slug' | 'title'>
}) {
  const tProject = useTranslations('Project')
  const tCountry = useTranslations('Country')
  return (
    <>
      {project.country && (
        <p className="card__kicker">{tProject('kicker', { country: tCountry(project.country) })}</p>
      )}
      <h2 className="card__title">
        <Link className="card__link" href={paths.project(project.slug)}>
          <LocalizedText value={project.title} />
        </Link>
      </h2>
    </>
  )
}
