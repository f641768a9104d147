import { useTranslations } from 'next-intl'
import { missingFacts, projectStatus } from '@/lib/content/facts'
import type { Project } from '@/lib/content/schemas'
import { projectTimeline } from '@/lib/content/timeline'
import { iatiPath } from '@/lib/paths'
import type { IatiReport } from '@/lib/reporting/iati'
import { isEuFunded } from '@/lib/site/eu-funding'
import { ProjectFacts } from '../ProjectFacts'
import { IatiReadiness } from './IatiReadiness'
import { ProjectTimeline } from './ProjectTimeline'
import { SourcesSection } from './SourcesSection'
import { useProjectSources } from './useProjectSources'

/**
 * A project's "About this data" page: the bookkeeping the public pages leave out. The facts with
 * their research notes, the timeline of planned and actual dates, how the data was gathered,
 * what is still missing, whether the IATI file could be published, and every cited page with
 * its passage quoted and the day it was accessed, numbered as the public pages cite them.
 */
export function AboutProjectData({
  project,
  iati,
}: {
  project: Project
  /** The IATI file's readiness; null where the file cannot be built (a language is missing). */
  iati: IatiReport | null
}) {
  const t = useTranslations('AboutData')
  const tReport = useTranslations('Report')
  const sources = useProjectSources(project)
  return (
    <>
      <p className="lead">{t('intro')}</p>
      <ProjectFacts project={project} sources={sources} />
      <ProjectTimeline timeline={projectTimeline(project)} title={project.title} />
      <section aria-labelledby="method" className="section prose">
        <h2 id="method">{t('methodHeading')}</h2>
        <p>{t('methodSources')}</p>
        <p>{t('methodInherited')}</p>
      </section>
      <MissingFacts project={project} />
      {iati && (
        <section aria-labelledby="iati-readiness" className="section prose">
          <h2 id="iati-readiness">{t('iatiHeading')}</h2>
          <IatiReadiness report={iati} />
          <p className="no-print">
            <a href={iatiPath(project.slug)} download>
              {tReport('iati')}
            </a>
          </p>
        </section>
      )}
      <SourcesSection index={sources} />
    </>
  )
}

/** The facts the public pages leave out, named once; nothing when none is missing. */
function MissingFacts({ project }: { project: Project }) {
  const t = useTranslations('AboutData')
  const tFacts = useTranslations('Facts')
  const tStatus = useTranslations('Status')
  const missing = missingFacts(project, { euFunded: isEuFunded(project) })
  if (missing.length === 0) return null
  return (
    <section aria-labelledby="missing" className="section prose">
      <h2 id="missing">{t('missingHeading')}</h2>
      <p>{t('missingIntro')}</p>
      <ul>
        {missing.map((fact) => (
          <li key={fact}>
            {fact === 'status'
              ? t('statusDerived', { status: tStatus(projectStatus(project).status) })
              : tFacts(fact)}
          </li>
        ))}
      </ul>
    </section>
  )
}
