import { useLocale, useTranslations } from 'next-intl'
import { Fragment, type ReactNode } from 'react'
import { formatDateTime } from '@/lib/i18n/format'
import type { AppliedFilter } from '@/lib/reporting/view-model'
import { AppliedFilterLabel } from './labels'

/**
 * The list's title and introduction; on paper also the filters applied and when the report was
 * generated (the printed page has no filter form to show them).
 */
export function ReportHeader({
  heading,
  intro,
  applied,
  generatedAt,
}: {
  heading: ReactNode
  intro: ReactNode
  applied: AppliedFilter[]
  generatedAt: Date
}) {
  const t = useTranslations('Report')
  const locale = useLocale()
  return (
    <header className="page-header">
      <h1>{heading}</h1>
      <p className="lead no-print">{intro}</p>
      <dl className="print-only report__print-meta">
        <div>
          <dt>{t('filtersApplied')}</dt>
          <dd>
            {applied.length === 0
              ? t('noFilters')
              : applied.map((filter, i) => (
                  <Fragment key={`${filter.kind}:${filter.value}`}>
                    {i > 0 && '; '}
                    <AppliedFilterLabel filter={filter} />
                  </Fragment>
                ))}
          </dd>
        </div>
        <div>
          <dt>{t('generatedLabel')}</dt>
          <dd>{formatDateTime(generatedAt, locale)}</dd>
        </div>
      </dl>
    </header>
  )
}
