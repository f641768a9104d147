import { useTranslations } from 'next-intl'
import type { Project } from '@/lib/content/schemas'
import { projectTimeline } from '@/lib/content/timeline'
import { ProjectFacts } from '../ProjectFacts'
import { ContactSection } from './ContactSection'
import { LocationsSection } from './LocationsSection'
import { ProjectTimeline } from './ProjectTimeline'
import { SourcesSection } from './SourcesSection'
import { useProjectSources } from './useProjectSources'

/**
 * A project's facts page: the sourced facts, the timeline, the places and the contact, then every
 * cited page with its passage quoted, numbered as the overview cites them. They live here rather
 * than on the overview, which has to stay within its page-weight budget on slow connections.
 */
export function ProjectFactsAndSources({ project }: { project: Project }) {
  const t = useTranslations('FactsPage')
  const sources = useProjectSources(project)
  return (
    <>
      <p className="lead">{t('intro')}</p>
      <ProjectFacts project={project} sources={sources} />
      <ProjectTimeline timeline={projectTimeline(project)} title={project.title} />
      <LocationsSection locations={project.locations} sources={sources} />
      <ContactSection project={project} sources={sources} />
      <SourcesSection index={sources} />
    </>
  )
}
