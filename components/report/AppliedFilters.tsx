import { useTranslations } from 'next-intl'
import { Link } from '@/lib/i18n/navigation'
import type { AppliedFilter } from '@/lib/reporting/view-model'
import { AppliedFilterLabel } from './labels'

/** The filters in force above the results, each a link to the same list without it. */
export function AppliedFilters({
  applied,
  listPath,
}: {
  applied: AppliedFilter[]
  listPath: string
}) {
  const t = useTranslations('Report')
  if (applied.length === 0) return null
  return (
    <section aria-labelledby="applied-heading" className="applied-filters no-print">
      <h2 id="applied-heading">{t('appliedHeading')}</h2>
      <ul>
        {applied.map((filter) => (
          <li key={`${filter.kind}:${filter.value}`}>
            <Link className="filter-tag" href={`${listPath}${filter.removeSearch}`}>
              <span className="visually-hidden">{`${t('removeFilter')}: `}</span>
              <AppliedFilterLabel filter={filter} />
            </Link>
          </li>
        ))}
      </ul>
      <Link href={listPath}>{t('clear')}</Link>
    </section>
  )
}
