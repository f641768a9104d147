import { useTranslations } from 'next-intl'
import type { OrganizationRoleEntry } from '@/lib/content/schemas'
import type { SourceIndex } from '@/lib/content/facts'
import { OrganizationRoles } from '../donor/OrganizationRoles'

/** The project's partners and beneficiaries with their sources; nothing where there are none. */
export function ProjectPartners({
  partners,
  sources,
}: {
  partners: OrganizationRoleEntry[]
  sources: SourceIndex
}) {
  const t = useTranslations('Project')
  if (partners.length === 0) return null
  return (
    <section aria-labelledby="partners" className="section">
      <h2 id="partners">{t('partners')}</h2>
      <OrganizationRoles entries={partners} sources={sources} roles={['partner', 'beneficiary']} />
    </section>
  )
}
