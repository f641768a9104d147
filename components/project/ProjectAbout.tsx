import { useTranslations } from 'next-intl'
import type { Project } from '@/lib/content/schemas'
import { Link } from '@/lib/i18n/navigation'
import { paths } from '@/lib/paths'
import { LocalizedText } from '../LocalizedText'
import { RichText } from '../RichText'

/**
 * The landing page's "About": the description, the editors' note and the way to "About this
 * data" (sources, method, what is still missing).
 */
export function ProjectAbout({
  project,
}: {
  project: Pick<Project, 'slug' | 'description' | 'editorialNote'>
}) {
  const t = useTranslations('Project')
  const tData = useTranslations('AboutData')
  return (
    <section aria-labelledby="about" className="section prose">
      <h2 id="about">{t('about')}</h2>
      <RichText value={project.description} />
      <LocalizedText as="p" className="editorial-note" value={project.editorialNote} />
      <p className="no-print">
        <Link href={paths.aboutData(project.slug)}>{tData('link')}</Link>
      </p>
    </section>
  )
}
