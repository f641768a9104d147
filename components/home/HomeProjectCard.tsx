import { useLocale, useTranslations } from 'next-intl'
import { projectPeriod } from '@/lib/content/facts'
import { headlineFigures } from '@/lib/content/headline-figures'
import type { Project } from '@/lib/content/schemas'
import { formatDate } from '@/lib/i18n/format'
import { LocalizedText } from '../LocalizedText'
import { Period } from '../Period'
import { ResultFigures } from '../project/ResultFigures'
import { ProjectCardHead } from '../project/ProjectCard'

/** How many figures a project's card on the home page shows: its headline, not its report. */
export const HOME_FIGURES = 3

/**
 * A project on the portal's front door: where, its name (the link to its overview), its purpose in
 * one sentence, its period, its first few figures of what it achieved and when its pages last
 * changed. The overview has the rest; the card repeats none of its structure.
 */
export function HomeProjectCard({
  project,
  updatedAt,
}: {
  project: Project
  /** When the project's pages last changed (ISO date-time), if known. */
  updatedAt: string | null
}) {
  const t = useTranslations('Home')
  const locale = useLocale()
  const figures = headlineFigures(project.results, HOME_FIGURES)
  return (
    <li className="card home-project">
      <ProjectCardHead project={project} />
      <LocalizedText as="p" className="home-project__purpose" value={project.summary} />
      <p className="card__meta">
        <Period period={projectPeriod(project)} />
      </p>
      {figures.length > 0 && (
        <>
          <h3 className="home-project__subheading">{t('achieved')}</h3>
          <ResultFigures figures={figures} />
        </>
      )}
      {updatedAt && (
        <p className="card__meta">
          {t.rich('updated', {
            date: formatDate(new Date(updatedAt), locale),
            time: (chunks) => <time dateTime={updatedAt}>{chunks}</time>,
          })}
        </p>
      )}
    </li>
  )
}
