import { useLocale, useTranslations } from 'next-intl'
import { formatDate } from '@/lib/i18n/format'
import { messages } from '@/lib/i18n/messages'
import { routing } from '@/lib/i18n/routing'
import { SOCIAL_PLATFORMS } from '@/lib/content/site-settings-vocabulary'
import type { SiteIdentity } from '@/lib/site/identity'
import { LocalizedText } from './LocalizedText'
import { SiteLinks } from './SiteLinks'

type Props = {
  /** The portal is EU-funded: the EU disclaimer is shown (the emblem and statement are the header's). */
  euFunded: boolean
  /** When the portal's content last changed (ISO date-time), if known. */
  lastUpdated: string | null
  /** Contact details, social links and the footer text (site settings, else the messages). */
  identity: Pick<SiteIdentity, 'contact' | 'socialLinks' | 'footerText'>
}

const platformTitle = (value: string) =>
  SOCIAL_PLATFORMS.find((platform) => platform.value === value)?.title ?? value

/** IOM's contact details: the footer text with the website, then e-mail, telephone and address. */
function FooterContact({ identity }: Pick<Props, 'identity'>) {
  const t = useTranslations('Footer')
  const { contact, socialLinks, footerText } = identity
  return (
    <>
      <p>
        {footerText}{' '}
        {contact.website && (
          <a href={contact.website}>{contact.website.replace(/^https?:\/\//, '')}</a>
        )}
      </p>
      {contact.email && (
        <p>
          {t('email')} <a href={`mailto:${contact.email}`}>{contact.email}</a>
        </p>
      )}
      {contact.phone && (
        <p>
          {t('phone')} <a href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>{contact.phone}</a>
        </p>
      )}
      <LocalizedText as="p" value={contact.address} />
      {socialLinks.length > 0 && (
        <ul className="site-footer__social" aria-label={t('social')}>
          {socialLinks.map((link) => (
            <li key={link.url}>
              <a href={link.url} rel="noopener noreferrer">
                {platformTitle(link.platform)}
              </a>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}

/**
 * The page footer: the EU disclaimer in both languages (the page's language first, each marked
 * with its `lang`), then IOM's contact, links and the date of the last update. The EU's emblem
 * and funding statement are shown once a page, in the header band, not again here.
 */
export function SiteFooter({ euFunded, lastUpdated, identity }: Props) {
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
            <FooterContact identity={identity} />
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
