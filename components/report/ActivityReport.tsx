import { useLocale, useTranslations } from 'next-intl'
import type { ReactNode } from 'react'
import { formatDateTime } from '@/lib/i18n/format'
import { Link, getPathname } from '@/lib/i18n/navigation'
import { activityPeriod } from '@/lib/content/period'
import type { Localized } from '@/lib/content/schemas'
import { paths } from '@/lib/paths'
import { statusOf, type ReportRow } from '@/lib/reporting/activities'
import {
  NO_STATUS,
  STATUS_FILTER_VALUES,
  filtersToSearch,
  hasActiveFilters,
  type StatusFilter,
} from '@/lib/reporting/filters'
import { FILTER_PARAMS } from '@/lib/reporting/filter-params'
import type { ActivityReportData as Report } from '@/lib/reporting/load'
import { LocalizedText } from '../LocalizedText'
import { OrganizationName } from '../OrganizationName'
import { Period } from '../Period'
import { FilterForm } from './FilterForm'
import { PrintButton } from './PrintButton'

type Option = { value: string; label: ReactNode; text: string }

type Props = {
  report: Report
  heading: ReactNode
  intro: ReactNode
  /** Locale-less path of this list, e.g. /projects/x/activities. */
  listPath: string
  csvPath: string
  iatiPath?: string
  /** What the list says about the IATI file (its readiness), next to the download. */
  iatiStatus?: ReactNode
  generatedAt: Date
}

function unique<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>()
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item)
  return [...seen.values()]
}

/** The donor view of activities: filters in the URL, counts, the table, downloads and print. */
export function ActivityReport({
  report,
  heading,
  intro,
  listPath,
  csvPath,
  iatiPath,
  iatiStatus,
  generatedAt,
}: Props) {
  const t = useTranslations('Report')
  const tIati = useTranslations('Iati')
  const tStatus = useTranslations('Status')
  const tClusters = useTranslations('Clusters')
  const locale = useLocale()
  const { rows, shown, filters, notices, counts } = report
  const search = filtersToSearch(filters)
  const action = getPathname({ href: listPath, locale })

  const statusLabel = (status: StatusFilter) =>
    status === NO_STATUS ? t('noStatus') : tStatus(status)
  const projects = unique(
    rows.map((row) => row.project),
    (project) => project.slug,
  )
  const clusters = unique(
    rows.map((row) => row.cluster),
    (cluster) => cluster.slug,
  )
  const organizations = unique(
    rows.flatMap((row) => row.organizations),
    (organization) => organization.slug,
  ).sort((a, b) => a.name.value.localeCompare(b.name.value, locale))
  const statuses = STATUS_FILTER_VALUES.filter((status) =>
    rows.some((row) => statusOf(row) === status),
  )

  const text = (value: Localized<string>) => value.value
  const facet = (
    name: string,
    legend: string,
    options: Option[],
    selected: string[],
    countOf: Map<string, number>,
  ) =>
    options.length > 1 && (
      <fieldset className="filters__group">
        <legend>{legend}</legend>
        {options.map((option) => (
          <label key={option.value} className="filters__option">
            <input
              type="checkbox"
              name={name}
              value={option.value}
              defaultChecked={selected.includes(option.value)}
            />
            <span>
              {option.label}{' '}
              <span className="filters__count">({countOf.get(option.value) ?? 0})</span>
            </span>
          </label>
        ))}
      </fieldset>
    )

  const appliedFilters = [
    ...filters.projects.map(
      (slug) => projects.find((p) => p.slug === slug)?.shortTitle.value ?? slug,
    ),
    ...filters.clusters.map((slug) => {
      const cluster = clusters.find((c) => c.slug === slug)
      return cluster ? tClusters('label', { number: cluster.order }) : slug
    }),
    ...filters.statuses.map(statusLabel),
    ...filters.organizations.map(
      (slug) => organizations.find((o) => o.slug === slug)?.name.value ?? slug,
    ),
    ...(filters.query ? [`“${filters.query}”`] : []),
  ]

  return (
    <article className="container report">
      <header className="page-header prose">
        <h1>{heading}</h1>
        <p className="no-print">{intro}</p>
        <dl className="print-only report__print-meta">
          <div>
            <dt>{t('filtersApplied')}</dt>
            <dd>{appliedFilters.length ? appliedFilters.join('; ') : t('noFilters')}</dd>
          </div>
        </dl>
        <p className="print-only">
          {t('generated', { date: formatDateTime(generatedAt, locale) })}
        </p>
      </header>

      {notices.length > 0 && (
        <ul className="notices no-print" role="status">
          {notices.map((notice) => (
            <li key={`${notice.param}=${notice.value}`}>
              {t('ignored', { param: notice.param, value: notice.value })}
            </li>
          ))}
        </ul>
      )}

      <div className="report__layout">
        <section aria-labelledby="filters-heading" className="no-print report__filters">
          <h2 id="filters-heading">{t('filtersHeading')}</h2>
          <FilterForm action={action} label={t('filtersHeading')}>
            <p className="filters__group">
              <label htmlFor="q">{t('search')}</label>
              <input
                id="q"
                type="search"
                name={FILTER_PARAMS.query}
                defaultValue={filters.query}
                aria-describedby="q-hint"
                maxLength={200}
              />
              <span id="q-hint" className="filters__hint">
                {t('searchHint')}
              </span>
            </p>
            {facet(
              FILTER_PARAMS.project,
              t('project'),
              projects.map((p) => ({
                value: p.slug,
                label: <LocalizedText value={p.shortTitle} />,
                text: text(p.shortTitle),
              })),
              filters.projects,
              counts.projects,
            )}
            {facet(
              FILTER_PARAMS.cluster,
              t('cluster'),
              clusters.map((c) => ({
                value: c.slug,
                label: (
                  <>
                    {tClusters('label', { number: c.order })}: <LocalizedText value={c.title} />
                  </>
                ),
                text: text(c.title),
              })),
              filters.clusters,
              counts.clusters,
            )}
            {facet(
              FILTER_PARAMS.status,
              t('status'),
              statuses.map((s) => ({ value: s, label: statusLabel(s), text: statusLabel(s) })),
              filters.statuses,
              counts.statuses,
            )}
            {facet(
              FILTER_PARAMS.organization,
              t('organization'),
              organizations.map((o) => ({
                value: o.slug,
                label: <OrganizationName organization={o} />,
                text: text(o.name),
              })),
              filters.organizations,
              counts.organizations,
            )}
            <p className="filters__group">
              <label htmlFor="sort">{t('sort')}</label>
              <select id="sort" name={FILTER_PARAMS.sort} defaultValue={filters.sort}>
                <option value="order">{t('sortOrder')}</option>
                <option value="title">{t('sortTitle')}</option>
                <option value="status">{t('sortStatus')}</option>
              </select>
            </p>
            <p className="filters__actions">
              <button type="submit" className="button">
                {t('apply')}
              </button>
              {hasActiveFilters(filters) && <Link href={listPath}>{t('clear')}</Link>}
            </p>
          </FilterForm>
        </section>

        <div className="report__results">
          <p className="report__summary" role="status" aria-live="polite">
            {t('results', { shown: shown.length, total: rows.length })}
          </p>

          <section aria-labelledby="downloads-heading" className="no-print report__downloads">
            <h2 id="downloads-heading" className="visually-hidden">
              {t('downloads')}
            </h2>
            <ul>
              <li>
                <a href={`${getPathname({ href: csvPath, locale })}${search}`} download>
                  {t('csv')}
                </a>
              </li>
              <li>
                <a
                  href={`${getPathname({ href: csvPath, locale })}${search ? `${search}&` : '?'}lang=both`}
                  download
                >
                  {t('csvBoth')}
                </a>
              </li>
              {iatiPath && (
                <li>
                  <a href={iatiPath} download>
                    {/* The file always covers the whole project, whatever the list's filters. */}
                    {hasActiveFilters(filters) ? tIati('wholeProject') : t('iati')}
                  </a>
                </li>
              )}
              <li>
                <PrintButton label={t('print')} />
              </li>
            </ul>
            {iatiPath && iatiStatus}
          </section>

          {shown.length === 0 ? (
            <div className="report__empty">
              <p>{t('empty')}</p>
              <p>
                <Link href={listPath}>{t('clear')}</Link>
              </p>
            </div>
          ) : (
            <ReportTable rows={shown} showProject={projects.length > 1} />
          )}

          {shown.length > 0 && (
            <div className="report__counts">
              <CountTable
                caption={t('countsByCluster')}
                rows={clusters.map((c) => ({
                  key: c.slug,
                  label: (
                    <>
                      {tClusters('label', { number: c.order })}: <LocalizedText value={c.title} />
                    </>
                  ),
                  count: shown.filter((row) => row.cluster.slug === c.slug).length,
                }))}
              />
              <CountTable
                caption={t('countsByStatus')}
                rows={statuses.map((s) => ({
                  key: s,
                  label: statusLabel(s),
                  count: shown.filter((row) => statusOf(row) === s).length,
                }))}
              />
            </div>
          )}
        </div>
      </div>
    </article>
  )
}

function ReportTable({ rows, showProject }: { rows: ReportRow[]; showProject: boolean }) {
  const t = useTranslations('Report')
  const tStatus = useTranslations('Status')
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="activities-caption">
      <table className="report__table">
        <caption id="activities-caption" className="visually-hidden">
          {t('title')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('number')}</th>
            <th scope="col">{t('activity')}</th>
            {showProject && <th scope="col">{t('project')}</th>}
            <th scope="col">{t('cluster')}</th>
            <th scope="col">{t('status')}</th>
            <th scope="col">{t('organizations')}</th>
            <th scope="col">{t('period')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td>{`${row.cluster.order}.${row.order}`}</td>
              <th scope="row">
                <Link href={paths.activity(row.project.slug, row.slug)}>
                  <LocalizedText value={row.title} />
                </Link>
              </th>
              {showProject && (
                <td>
                  <LocalizedText value={row.project.shortTitle} />
                </td>
              )}
              <td>
                <LocalizedText value={row.cluster.title} />
              </td>
              <td>{row.status ? tStatus(row.status) : t('noStatus')}</td>
              <td>
                {row.organizations.map((organization, i) => (
                  <span key={organization.id}>
                    {i > 0 && '; '}
                    <OrganizationName organization={organization} />
                  </span>
                ))}
              </td>
              <td className="nowrap">
                <Period period={activityPeriod(row)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

function CountTable({
  caption,
  rows,
}: {
  caption: string
  rows: { key: string; label: ReactNode; count: number }[]
}) {
  const t = useTranslations('Report')
  return (
    <table className="count-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{caption}</th>
          <th scope="col">{t('count')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            <td>{row.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
