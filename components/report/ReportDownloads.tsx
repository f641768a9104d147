import { useTranslations } from 'next-intl'
import { Link } from '@/lib/i18n/navigation'
import { CSV_LANGUAGE_PARAM } from '@/lib/http/query-params'
import { PrintButton } from './PrintButton'

/**
 * Downloads of exactly the rows on screen (CSV in one or both languages) and of the project's
 * IATI file; print; and the project's "About this data" page (sources, method, what is missing,
 * the IATI file's readiness). Nothing more: the list is not the place for the data's bookkeeping.
 */
export function ReportDownloads({
  csvHref,
  iatiHref,
  aboutData,
  filtered = false,
}: {
  /** The CSV export's URL with the list's filters. */
  csvHref: string
  iatiHref?: string
  /** Locale-less path of the project's "About this data" page. */
  aboutData?: string
  /** Filters are in force: the IATI file still covers the whole project, and says so. */
  filtered?: boolean
}) {
  const t = useTranslations('Report')
  const tIati = useTranslations('Iati')
  const tData = useTranslations('AboutData')
  const both = `${csvHref}${csvHref.includes('?') ? '&' : '?'}${CSV_LANGUAGE_PARAM}=both`
  return (
    <section aria-labelledby="downloads-heading" className="no-print report__downloads">
      <h2 id="downloads-heading" className="visually-hidden">
        {t('downloads')}
      </h2>
      <ul>
        <li>
          <a href={csvHref} download>
            {t('csv')}
          </a>
        </li>
        <li>
          <a href={both} download>
            {t('csvBoth')}
          </a>
        </li>
        {iatiHref && (
          <li>
            <a href={iatiHref} download>
              {filtered ? tIati('wholeProject') : t('iati')}
            </a>
          </li>
        )}
        <li>
          <PrintButton label={t('print')} />
        </li>
        {aboutData && (
          <li>
            <Link href={aboutData}>{tData('link')}</Link>
          </li>
        )}
      </ul>
    </section>
  )
}
