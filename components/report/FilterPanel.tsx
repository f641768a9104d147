import { useTranslations } from 'next-intl'
import { Link } from '@/lib/i18n/navigation'
import type { ReportView } from '@/lib/reporting/view-model'
import { FacetFieldset } from './FacetFieldset'
import { FilterForm } from './FilterForm'

const SORT_LABELS = { order: 'sortOrder', title: 'sortTitle', status: 'sortStatus' } as const

/**
 * The filters: search, a checkbox group per facet, sort. A <details> that phones and tablets
 * open with a tap (no script); from desktops on it stands open beside the list (report.css).
 */
export function FilterPanel({
  view,
  action,
  listPath,
}: {
  view: ReportView
  /** The list's URL with its locale: where the form goes. */
  action: string
  /** The list's locale-less path: "clear all filters". */
  listPath: string
}) {
  const t = useTranslations('Report')
  return (
    <section aria-labelledby="filters-heading" className="no-print">
      <details className="filter-panel">
        <summary>
          <span>
            {t('filtersToggle')}{' '}
            <span className="filters__count">
              ({t('appliedCount', { count: view.applied.length })})
            </span>
          </span>
        </summary>
        <div className="filter-panel__body">
          <h2 id="filters-heading">{t('filtersHeading')}</h2>
          <FilterForm action={action} label={t('filtersHeading')}>
            <p className="filters__group">
              <label className="filters__label" htmlFor="q">
                {t('search')}
              </label>
              <input
                id="q"
                type="search"
                name={view.query.param}
                defaultValue={view.query.value}
                aria-describedby="q-hint"
                maxLength={view.query.maxLength}
              />
              <span id="q-hint" className="filters__hint">
                {t('searchHint')}
              </span>
            </p>
            {view.facets.map((facet) => (
              <FacetFieldset key={facet.kind} facet={facet} />
            ))}
            <p className="filters__group">
              <label className="filters__label" htmlFor="sort">
                {t('sort')}
              </label>
              <select id="sort" name={view.sort.param} defaultValue={view.sort.value}>
                {view.sort.options.map((sort) => (
                  <option key={sort} value={sort}>
                    {t(SORT_LABELS[sort])}
                  </option>
                ))}
              </select>
            </p>
            <p className="actions">
              <button type="submit" className="button">
                {t('apply')}
              </button>
              {view.applied.length > 0 && <Link href={listPath}>{t('clear')}</Link>}
            </p>
          </FilterForm>
        </div>
      </details>
    </section>
  )
}
