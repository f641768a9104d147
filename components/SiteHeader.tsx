import { useLocale, useTranslations } from 'next-intl'
import { byLocale } from '@/lib/i18n/routing'
import { Link } from '@/lib/i18n/navigation'
import { paths } from '@/lib/paths'
import type { SiteIdentity } from '@/lib/site/identity'
import { EuFunding } from './EuFunding'
import { LanguageSwitch } from './LanguageSwitch'
import { SiteLinks } from './SiteLinks'

/**
 * The page header. First row: the portal's identity (the logo of the page's language from the site
 * settings, shown through <img> only — an SVG logo is never inlined — else a text mark) and, when
 * the portal is EU-funded, the EU emblem with its statement, at least as prominent as the logo.
 * Second row: the navigation, a <details> menu on phones (no script) whose toggle says what it
 * does ("Menu", then "Close menu"), and the language switch.
 */
export function SiteHeader({
  euFunded,
  identity,
}: {
  euFunded: boolean
  identity: Pick<SiteIdentity, 'name' | 'organization' | 'logo'>
}) {
  const t = useTranslations('Header')
  const tNav = useTranslations('Nav')
  const tSwitch = useTranslations('LanguageSwitch')
  const locale = useLocale()
  return (
    <header className="site-header">
      <div className="container site-header__identity">
        <Link href={paths.home()} className="site-brand">
          {identity.logo ? (
            // A plain <img>: the logo may be an SVG, which must never be inlined into the page.
            // eslint-disable-next-line @next/next/no-img-element
            <img
              className="site-logo"
              src={identity.logo.src}
              alt={identity.logo.alt}
              width={identity.logo.width}
              height={identity.logo.height}
            />
          ) : (
            <span className="iom-mark" aria-hidden="true">
              IOM
            </span>
          )}
          <span className="site-brand__text">
            <span className="site-brand__org">{identity.organization}</span>
            <span className="site-brand__name">{identity.name}</span>
          </span>
        </Link>
        {euFunded && <EuFunding className="eu-funding--header" />}
      </div>
      <div className="site-header__bar">
        <div className="container site-header__bar-inner">
          <details className="site-menu">
            {/* The summary's text is its name: "Menu" while closed, "Close menu" while open. */}
            <summary>
              <span className="site-menu__open">{t('menu')}</span>
              <span className="site-menu__close">{t('closeMenu')}</span>
            </summary>
            <nav aria-label={tNav('label')} className="site-nav">
              <SiteLinks withHome />
            </nav>
          </details>
          <LanguageSwitch
            label={tSwitch('label')}
            current={locale}
            names={byLocale((locale) => tSwitch(locale))}
          />
        </div>
      </div>
    </header>
  )
}
