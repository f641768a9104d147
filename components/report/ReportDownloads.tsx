import { useTranslations } from 'next-intl'
import type { ReactNode } from 'react'
import { PrintButton } from './PrintButton'

/**
 * Downloads of exactly the rows on screen (CSV in one or both languages) and of the project's
 * IATI file, with what the portal knows about the file's readiness; and print.
 */
export function ReportDownloads({
  csvHref,
  iatiHref,
  iatiStatus,
  filtered = false,
}: {
  /** The CSV export's URL with the list's filters. */
  csvHref: string
  iatiHref?: string
  iatiStatus?: ReactNode
  /** Filters are in force: the IATI file still covers the whole project, and says so. */
  filtered?: boolean
}) {
  const t = useTranslations('Report')
  const tIati = useTranslations('Iati')
  const both = `${csvHref}${csvHref.includes('?') ? '&' : '?'}lang=both`
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
      </ul>
      {iatiHref && iatiStatus}
    </section>
  )
}
