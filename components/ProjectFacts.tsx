import { useTranslations } from 'next-intl'
import type { Localized, Organization } from '@/lib/content/schemas'
import type { Country, OrganizationRole, Status } from '@/lib/content/vocabulary'
import { LocalizedText } from './LocalizedText'
import { OrganizationName } from './OrganizationName'
import { PartialDate } from './PartialDate'

type Props = {
  project: {
    startDate: string
    plannedEnd: string | null
    actualEnd: string | null
    status: Status | null
    country: Country | null
    fundingProgramme?: Localized<string> | null
    organizations: { role: OrganizationRole; organization: Organization }[]
  }
  headingId?: string
  /** Where key figures already show the period, the start and end rows are left out. */
  withPeriod?: boolean
  /** A visible heading (in an aside), or one for screen readers only. */
  visibleHeading?: boolean
}

/** The project's facts as a summary list: who implements and funds it, when, where. */
export function ProjectFacts({
  project,
  headingId = 'project-facts',
  withPeriod = true,
  visibleHeading = false,
}: Props) {
  const t = useTranslations('ProjectFacts')
  const tStatus = useTranslations('Status')
  const tCountry = useTranslations('Country')
  const byRole = (role: OrganizationRole) =>
    project.organizations.filter((entry) => entry.role === role).map((entry) => entry.organization)
  const implementers = byRole('implementer')
  const donors = byRole('donor')

  return (
    <section aria-labelledby={headingId} className="facts">
      <h2 id={headingId} className={visibleHeading ? undefined : 'visually-hidden'}>
        {t('heading')}
      </h2>
      <dl className="summary-list">
        {implementers.length > 0 && (
          <div>
            <dt>{t('implementer')}</dt>
            {implementers.map((organization) => (
              <dd key={organization.id}>
                <OrganizationName organization={organization} />
              </dd>
            ))}
          </div>
        )}
        {donors.length > 0 && (
          <div>
            <dt>{t('donor')}</dt>
            {donors.map((organization) => (
              <dd key={organization.id}>
                <OrganizationName organization={organization} />
              </dd>
            ))}
          </div>
        )}
        {project.fundingProgramme && (
          <div>
            <dt>{t('fundingProgramme')}</dt>
            <dd>
              <LocalizedText value={project.fundingProgramme} />
            </dd>
          </div>
        )}
        {withPeriod && (
          <div>
            <dt>{t('start')}</dt>
            <dd>
              <PartialDate value={project.startDate} />
            </dd>
          </div>
        )}
        {!withPeriod ? null : project.actualEnd ? (
          <div>
            <dt>{t('actualEnd')}</dt>
            <dd>
              <PartialDate value={project.actualEnd} />
            </dd>
          </div>
        ) : project.plannedEnd ? (
          <div>
            <dt>{t('plannedEnd')}</dt>
            <dd>
              <PartialDate value={project.plannedEnd} />
            </dd>
          </div>
        ) : null}
        {project.status && (
          <div>
            <dt>{t('status')}</dt>
            <dd>{tStatus(project.status)}</dd>
          </div>
        )}
        {project.country && (
          <div>
            <dt>{t('country')}</dt>
            <dd>{tCountry(project.country)}</dd>
          </div>
        )}
      </dl>
    </section>
  )
}
