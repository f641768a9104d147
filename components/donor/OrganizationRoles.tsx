import { useTranslations } from 'next-intl'
import type { OrganizationRoleEntry } from '@/lib/content/schemas'
import type { SourceIndex } from '@/lib/content/facts'
import { ORGANIZATION_ROLE_VALUES } from '@/lib/content/vocabulary'
import { OrganizationName } from '../OrganizationName'
import { SourceRefs } from './SourceRefs'

/**
 * Organisations grouped by their role: who implements and funds, who works with the implementer
 * (partners) and who receives support (beneficiaries), each with the sources of its role.
 */
export function OrganizationRoles({
  entries,
  sources,
  roles = ORGANIZATION_ROLE_VALUES,
}: {
  entries: OrganizationRoleEntry[]
  sources: SourceIndex
  roles?: readonly OrganizationRoleEntry['role'][]
}) {
  const t = useTranslations('Roles')
  const heading = {
    implementer: 'implementer',
    donor: 'donor',
    partner: 'partners',
    beneficiary: 'beneficiaries',
  } as const
  const groups = roles
    .map((role) => ({ role, entries: entries.filter((entry) => entry.role === role) }))
    .filter((group) => group.entries.length > 0)
  if (groups.length === 0) return null
  return (
    <dl className="organization-roles">
      {groups.map((group) => (
        <div key={group.role}>
          <dt>{t(heading[group.role])}</dt>
          {group.entries.map((entry) => (
            <dd key={entry.organization.id}>
              <OrganizationName organization={entry.organization} />
              <SourceRefs numbers={sources.numbers(entry.sources)} listedAt={sources.listedAt} />
            </dd>
          ))}
        </div>
      ))}
    </dl>
  )
}
