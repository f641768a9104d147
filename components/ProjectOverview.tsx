import { useTranslations } from 'next-intl'
import type { Project } from '@/lib/content/schemas'
import { LocalizedText } from './LocalizedText'
import { OrganizationName } from './OrganizationName'
import { ProjectFacts } from './ProjectFacts'
import { RichText } from './RichText'

/** The project overview: title, facts, about, general and specific objectives. */
export function ProjectOverview({ project }: { project: Project }) {
  const t = useTranslations('Project')
  const tLayout = useTranslations('Layout')
  const implementers = project.organizations.filter((entry) => entry.role === 'implementer')

  return (
    <article className="container prose">
      <header className="page-header">
        <LocalizedText as="h1" value={project.title} />
        {implementers.length > 0 && (
          <p className="page-header__byline">
            {tLayout('implementedBy')}{' '}
            {implementers.map((entry) => (
              <OrganizationName key={entry.organization.id} organization={entry.organization} />
            ))}
          </p>
        )}
      </header>

      <ProjectFacts project={project} />

      <section aria-labelledby="about">
        <h2 id="about">{t('about')}</h2>
        <LocalizedText as="p" className="lead" value={project.summary} />
        <RichText value={project.description} />
      </section>

      <section aria-labelledby="general-objective">
        <h2 id="general-objective">{t('generalObjective')}</h2>
        <LocalizedText as="p" value={project.generalObjective} />
      </section>

      <section aria-labelledby="specific-objectives">
        <h2 id="specific-objectives">{t('specificObjectives')}</h2>
        <ol className="objectives">
          {project.objectives.map((objective) => (
            <li key={objective.id}>
              <LocalizedText as="h3" value={objective.title} />
              <RichText value={objective.description} />
            </li>
          ))}
        </ol>
      </section>
    </article>
  )
}
