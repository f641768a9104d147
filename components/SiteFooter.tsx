import { useLocale, useTranslations } from 'next-intl'
import { formatDate } from '@/lib/i18n/format'
import { messages } from '@/lib/i18n/messages'
import { routing } from '@/lib/i18n/routing'
import { IOM_GEORGIA_URL } from '@/lib/site/contact'
import { SiteLinks } from './SiteLinks'

type Props = {
  /** The portal is EU-funded: the EU disclaimer is shown (the emblem and statement are the header's). */
  euFunded: boolean
  /** When the portal's content last changed (ISO date-time), if known. */
  lastUpdated: string | null
}

/**
 * The page footer: the EU disclaimer in both languages (the page's language first, each marked
 * with its `lang`), then IOM's contact, links and the date of the last update. The EU's emblem
 * and funding statement are shown once a page, in the header band, not again here.
 */
export function SiteFooter({ euFunded, lastUpdated }: Props) {
  const t = useTranslations('Footer')
  const locale = useLocale()
  const languages = [locale, ...routing.locales.filter((l) => l !== locale)]
  return (
    <footer className="site-footer">
      {euFunded && (
        <div className="site-footer__eu">
          <div className="container">
            {languages.map((language) => (
              <p
                key={language}
                className="site-footer__disclaimer"
                lang={language === locale ? undefined : language}
              >
                {messages[language].Footer.disclaimer}
              </p>
            ))}
          </div>
        </div>
      )}
      <div className="site-footer__meta">
        <div className="container site-footer__meta-inner">
          <div>
            <p className="site-footer__heading">{t('organization')}</p>
            <p>
              {t('contact')} <a href={IOM_GEORGIA_URL}>{IOM_GEORGIA_URL.replace('https://', '')}</a>
            </p>
          </div>
          <nav aria-label={t('navigation')}>
            <SiteLinks className="site-footer__links" />
          </nav>
          {lastUpdated && (
            <p>
              {t.rich('lastUpdated', {
                date: formatDate(new Date(lastUpdated), locale),
                time: (chunks) => <time dateTime={lastUpdated}>{chunks}</time>,
              })}
            </p>
          )}
        </div>
      </div>
    </footer>
  )
}
