import { useTranslations } from 'next-intl'
import type { Project } from '@/lib/content/schemas'
import { Link } from '@/lib/i18n/navigation'
import { paths } from '@/lib/paths'
import { LocalizedText } from '../LocalizedText'

/** The objectives on the landing page: the general one, then the specific ones by title. */
export function ProjectObjectives({
  project,
}: {
  project: Pick<Project, 'slug' | 'generalObjective' | 'objectives'>
}) {
  const t = useTranslations('Project')
  return (
    <section aria-labelledby="objectives-heading" className="section">
      <h2 id="objectives-heading">{t('objectives')}</h2>
      <p className="objective-general">
        <span className="objective-general__label">{t('generalObjective')}</span>
        <LocalizedText value={project.generalObjective} />
      </p>
      <ol className="numbered-cards" aria-label={t('specificObjectives')}>
        {project.objectives.map((objective, index) => (
          <li key={objective.id} className="card">
            <span className="number-badge" aria-hidden="true">
              {index + 1}
            </span>
            <LocalizedText as="h3" value={objective.title} />
          </li>
        ))}
      </ol>
      <p>
        <Link href={paths.objectives(project.slug)}>{t('viewObjectives')}</Link>
      </p>
    </section>
  )
}
