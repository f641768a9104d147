import { useTranslations } from 'next-intl'
import { factNumbers, type SourceIndex } from '@/lib/content/facts'
import type { Localized, Project } from '@/lib/content/schemas'
import { citationOf, type Fact } from '@/lib/content/schemas/sources'
import type { OrganizationRole } from '@/lib/content/vocabulary'
import { projectPeriod, projectStatus } from '@/lib/content/facts'
import { BudgetBreakdown } from './donor/BudgetBreakdown'
import { FactRow } from './donor/FactRow'
import { Money } from './donor/Money'
import { LocalizedText } from './LocalizedText'
import { OrganizationName } from './OrganizationName'
import { PartialDate } from './PartialDate'
import { Period } from './Period'

type Props = {
  project: Project
  sources: SourceIndex
  headingId?: string
}

/** The source numbers a project's facts rest on, and the note their citation adds. */
function citing(project: Project, sources: SourceIndex) {
  return {
    cited: (...facts: Fact[]) => factNumbers(sources, project.citations, ...facts),
    note: (fact: Fact) => citationOf(project.citations, fact)?.note ?? null,
  }
}

type FactsProps = { project: Project; cite: ReturnType<typeof citing> }

/**
 * What a donor looks for first: who implements and funds the project, how much it costs, when it
 * ran and its status. Each fact points to its sources and carries its research note; a fact no
 * source gives is left out here and named once under "What is still missing" (AboutDataPage).
 */
export function ProjectFacts({ project, sources, headingId = 'project-facts' }: Props) {
  const t = useTranslations('ProjectFacts')
  const cite = citing(project, sources)
  return (
    <section aria-labelledby={headingId} className="section facts">
      <h2 id={headingId}>{t('heading')}</h2>
      <dl className="summary-list">
        <OrganizationFacts project={project} />
        <FundingFacts project={project} cite={cite} />
        <PeriodFacts project={project} cite={cite} />
        <RecordFacts project={project} cite={cite} />
      </dl>
    </section>
  )
}

/** Who implements the project and who funds it, where recorded. */
function OrganizationFacts({ project }: { project: Project }) {
  const t = useTranslations('ProjectFacts')
  const byRole = (role: OrganizationRole) =>
    project.organizations.filter((entry) => entry.role === role).map((entry) => entry.organization)
  return (['implementer', 'donor'] as const).map((role) =>
    byRole(role).length ? (
      <FactRow key={role} label={t(role)}>
        {byRole(role).map((organization, index) => (
          <span key={organization.id}>
            {index > 0 && '; '}
            <OrganizationName organization={organization} />
          </span>
        ))}
      </FactRow>
    ) : null,
  )
}

/** What the project costs, the EU's part of it and where the money comes from. */
function FundingFacts({ project, cite: { cited, note } }: FactsProps) {
  const t = useTranslations('ProjectFacts')
  return (
    <>
      {project.totalBudget && (
        <FactRow label={t('totalBudget')} sources={cited('totalBudget')} note={note('totalBudget')}>
          <Money value={project.totalBudget} />
          <BudgetBreakdown project={project} sources={cited('budgetByCluster')} />
        </FactRow>
      )}
      {project.euContribution && (
        <FactRow
          label={t('euContribution')}
          sources={cited('euContribution')}
          note={note('euContribution')}
        >
          <Money value={project.euContribution} />
        </FactRow>
      )}
      {project.fundingProgramme && (
        <FactRow
          label={t('fundingProgramme')}
          sources={cited('fundingProgramme')}
          note={note('fundingProgramme')}
        >
          <LocalizedText value={project.fundingProgramme} />
        </FactRow>
      )}
      {project.fundingReference && (
        <FactRow label={t('fundingReference')} sources={cited('fundingReference')}>
          {project.fundingReference}
        </FactRow>
      )}
    </>
  )
}

/** When the project ran (and was planned to, where that differs), its status and country. */
function PeriodFacts({ project, cite: { cited, note } }: FactsProps) {
  const t = useTranslations('ProjectFacts')
  const tStatus = useTranslations('Status')
  const tCountry = useTranslations('Country')
  const planned = projectPeriod({ ...project, actualStart: null, actualEnd: null })
  return (
    <>
      <FactRow
        label={t('period')}
        sources={cited('actualStart', 'actualEnd')}
        note={note('actualEnd')}
      >
        <Period period={projectPeriod(project)} />
      </FactRow>
      {(project.actualStart || project.actualEnd) && (
        <FactRow
          label={t('plannedPeriod')}
          sources={cited('startDate', 'plannedEnd')}
          note={note('plannedEnd')}
        >
          <Period period={{ ...planned, startIsPlanned: false, endIsPlanned: false }} />
        </FactRow>
      )}
      <FactRow label={t('status')} sources={cited('status')} note={note('status')}>
        {tStatus(projectStatus(project).status)}
      </FactRow>
      {project.country && <FactRow label={t('country')}>{tCountry(project.country)}</FactRow>}
    </>
  )
}

/** The project's official name, the phase that follows it and when its record was reviewed. */
function RecordFacts({ project, cite: { cited, note } }: FactsProps) {
  const t = useTranslations('ProjectFacts')
  return (
    <>
      {project.officialName && (
        <FactRow
          label={t('officialName')}
          sources={cited('officialName', 'officialShortName')}
          note={note('officialName')}
        >
          <LocalizedText value={project.officialName} />
          {project.officialShortName && (
            <>
              {' ('}
              <LocalizedText value={project.officialShortName} />
              {')'}
            </>
          )}
        </FactRow>
      )}
      {project.followUp?.title && (
        <FactRow label={t('followUp')} sources={cited('followUp')} note={note('followUp')}>
          <FollowUp title={project.followUp.title} start={project.followUp.startDate} />
        </FactRow>
      )}
      {project.lastReviewed && (
        <FactRow label={t('lastReviewed')}>
          <PartialDate value={project.lastReviewed} />
        </FactRow>
      )}
    </>
  )
}

/** The next phase by name, and from when where that is recorded. */
function FollowUp({ title, start }: { title: Localized<string>; start: string | null }) {
  const t = useTranslations('ProjectFacts')
  if (!start) return <LocalizedText value={title} />
  return t.rich('followUpValue', {
    name: () => <LocalizedText value={title} />,
    date: () => <PartialDate value={start} />,
  })
}
