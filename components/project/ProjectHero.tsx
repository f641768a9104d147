import { useTranslations } from 'next-intl'
import type { ReactNode } from 'react'
import type { Project } from '@/lib/content/schemas'
import { headingClass } from '@/lib/site/heading'
import { LocalizedText } from '../LocalizedText'
import { HeroImage } from '../media/ContentImage'
import { PROJECT_HERO_FRAME } from '../media/frames'

/**
 * The top of a project's overview: where (the kicker), its name, its purpose in one sentence, and
 * beside them the key facts (when, how much, funded by and implemented by), then the project's
 * photo as a wide band when it has one; without one the header stands as it is, its title set in
 * type (no stand-in block: the text is the hero). The EU's emblem and statement are in the site
 * header, once per page, not again here.
 */
export function ProjectHero({
  project,
  breadcrumbs,
  children,
}: {
  project: Pick<Project, 'country' | 'title' | 'summary'> & Partial<Pick<Project, 'mainImage'>>
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
          </div>
          {children}
        </div>
        {project.mainImage && (
          <HeroImage
            image={project.mainImage}
            frame={PROJECT_HERO_FRAME}
            className="media-hero hero__photo"
          />
        )}
      </div>
    </header>
  )
}
