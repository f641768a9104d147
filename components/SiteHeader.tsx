import { useLocale, useTranslations } from 'next-intl'
import { Link } from '@/lib/i18n/navigation'
import { paths } from '@/lib/paths'
import { LanguageSwitch } from './LanguageSwitch'

export function SiteHeader() {
  const t = useTranslations('Metadata')
  const tNav = useTranslations('Nav')
  const tSwitch = useTranslations('LanguageSwitch')
  const locale = useLocale()
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href={paths.home()} className="site-header__brand">
          {t('siteName')}
        </Link>
        <nav aria-label={tNav('label')} className="site-nav">
          <ul>
            <li>
              <Link href={paths.projects()}>{tNav('projects')}</Link>
            </li>
            <li>
              <Link href={paths.allActivities()}>{tNav('activities')}</Link>
            </li>
          </ul>
        </nav>
        <LanguageSwitch
          label={tSwitch('label')}
          current={locale}
          names={{ ka: tSwitch('ka'), en: tSwitch('en') }}
        />
      </div>
    </header>
  )
}
