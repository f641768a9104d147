import { useTranslations } from 'next-intl'
import type { ClusterRef } from '@/lib/content/schemas'
import type { StatusFilter } from '@/lib/reporting/filters'
import type { AppliedFilter } from '@/lib/reporting/view-model'
import { LocalizedText } from '../LocalizedText'
import { OrganizationName } from '../OrganizationName'

/** A status's name. */
export function StatusLabel({ status }: { status: StatusFilter }) {
  const tStatus = useTranslations('Status')
  return <>{tStatus(status)}</>
}

/** A cluster by number and short title ("1. Integrated border management"): fits a column. */
export function ClusterLabel({ cluster }: { cluster: Pick<ClusterRef, 'order' | 'shortTitle'> }) {
  return (
    <>
      {`${cluster.order}. `}
      <LocalizedText value={cluster.shortTitle} />
    </>
  )
}

/** What a filter in force stands for, in words; a search is quoted as the language quotes. */
export function AppliedFilterLabel({ filter }: { filter: AppliedFilter }) {
  const t = useTranslations('Report')
  switch (filter.kind) {
    case 'project':
      return filter.item ? <LocalizedText value={filter.item.shortTitle} /> : <>{filter.value}</>
    case 'cluster':
      return filter.item ? <ClusterLabel cluster={filter.item} /> : <>{filter.value}</>
    case 'organization':
      return filter.item ? <OrganizationName organization={filter.item} /> : <>{filter.value}</>
    case 'status':
      return <StatusLabel status={filter.value} />
    case 'query':
      return <>{t('quoted', { query: filter.value })}</>
  }
}
