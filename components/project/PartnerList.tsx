import { useTranslations } from 'next-intl'
import type { Project } from '@/lib/content/schemas'
import { OrganizationName } from '../OrganizationName'

type Entry = Project['organizations'][number]

/** The organisations a project works with (partners) and for (beneficiaries). */
export function PartnerList({ entries }: { entries: Entry[] }) {
  const t = useTranslations('Project')
  const tRole = useTranslations('Role')
  if (entries.length === 0) return null
  return (
    <section aria-labelledby="partners" className="section">
      <h2 id="partners">{t('partners')}</h2>
      <ul className="partner-list">
        {entries.map((entry) => (
          <li key={`${entry.role}:${entry.organization.id}`} className="partner">
            <span className="partner__role">
              {entry.role === 'beneficiary' ? tRole('beneficiary') : tRole('partner')}
            </span>
            <OrganizationName organization={entry.organization} />
          </li>
        ))}
      </ul>
    </section>
  )
}

/** The entries PartnerList shows: partner and beneficiary roles. */
export function partnersOf(project: Pick<Project, 'organizations'>): Entry[] {
  return project.organizations.filter(
    (entry) => entry.role === 'partner' || entry.role === 'beneficiary',
  )
}
