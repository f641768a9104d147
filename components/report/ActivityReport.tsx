import './filters.css'
import './report.css'
import { useLocale, useTranslations } from 'next-intl'
import type { ReactNode } from 'react'
import { collatorFor } from '@/lib/i18n/format'
import { Link, getPathname } from '@/lib/i18n/navigation'
import type { ActivityReportData } from '@/lib/reporting/load'
import { activityReportView } from '@/lib/reporting/view-model'
import { withPage } from '@/lib/site/paging'
import { Pager } from '../Pager'
import { AppliedFilters } from './AppliedFilters'
import { CountTables } from './CountTables'
import { FilterPanel } from './FilterPanel'
import { InheritedNote } from './InheritedNote'
import { ReportDownloads } from './ReportDownloads'
import { ReportHeader } from './ReportHeader'
import { ReportTable } from './ReportTable'

type Props = {
  report: ActivityReportData
  /** The trail above the title, if the list sits inside a project. */
  breadcrumbs?: ReactNode
  heading: ReactNode
  intro: ReactNode
  /** Locale-less path of this list, e.g. /projects/x/activities. */
  listPath: string
  csvPath: string
  iatiPath?: string
  /** Locale-less path of the project's "About this data" page (a one-project list). */
  aboutDataPath?: string
  generatedAt: Date
}

/**
 * The donor view of activities: filters in the URL, the filters in force, downloads, the table
 * and summary counts, printable. What it shows is derived in lib/reporting/view-model.ts.
 */
export function ActivityReport({
  report,
  breadcrumbs,
  heading,
  intro,
  listPath,
  csvPath,
  iatiPath,
  aboutDataPath,
  generatedAt,
}: Props) {
  const t = useTranslations('Report')
  const locale = useLocale()
  const view = activityReportView(report, collatorFor(locale))
  return (
    <article className="container report">
      {breadcrumbs}
      <ReportHeader
        heading={heading}
        intro={intro}
        applied={view.applied}
        generatedAt={generatedAt}
      />
      {report.notices.length > 0 && (
        <ul className="notice no-print" role="status">
          {report.notices.map((notice) => (
            <li key={`${notice.param}=${notice.value}`}>
              {t('ignored', { param: notice.param, value: notice.value })}
            </li>
          ))}
        </ul>
      )}
      <div className="report__layout">
        <FilterPanel
          view={view}
          action={getPathname({ href: listPath, locale })}
          listPath={listPath}
        />
        <div className="report__results">
          <p className="report__summary" role="status" aria-live="polite">
            {t('results', { shown: view.matching, total: view.total })}
          </p>
          <AppliedFilters applied={view.applied} listPath={listPath} />
          <ReportDownloads
            csvHref={`${getPathname({ href: csvPath, locale })}${view.search}`}
            iatiHref={iatiPath}
            aboutData={aboutDataPath}
            filtered={view.applied.length > 0}
          />
          {view.rows.length === 0 ? (
            <div className="report__empty">
              <p>{t('empty')}</p>
              <p>
                <Link href={listPath}>{t('clear')}</Link>
              </p>
            </div>
          ) : (
            <>
              <InheritedNote rows={view.rows} />
              <ReportTable rows={view.rows} manyProjects={view.manyProjects} />
              <Pager
                page={view.page}
                pages={view.pages}
                hrefOf={(n) => `${listPath}${withPage(view.search, n)}`}
                label={t('pagination')}
              />
              <CountTables view={view} />
            </>
          )}
        </div>
      </div>
    </article>
  )
}
