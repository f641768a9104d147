import { useTranslations } from 'next-intl'
import { PrintButton } from './PrintButton'

/** Downloads of exactly the rows on screen (CSV in one or both languages, IATI) and print. */
export function ReportDownloads({
  csvHref,
  iatiHref,
}: {
  /** The CSV export's URL with the list's filters. */
  csvHref: string
  iatiHref?: string
}) {
  const t = useTranslations('Report')
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
              {t('iati')}
            </a>
          </li>
        )}
        <li>
          <PrintButton label={t('print')} />
        </li>
      </ul>
    </section>
  )
}
