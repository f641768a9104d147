import { useTranslations } from 'next-intl'
import { Link } from '@/lib/i18n/navigation'

export function SiteHeader() {
  const t = useTranslations('Metadata')
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href="/" className="site-header__brand">
          {t('siteName')}
        </Link>
      </div>
    </header>
  )
}
