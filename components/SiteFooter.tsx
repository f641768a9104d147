import { useTranslations } from 'next-intl'

export function SiteFooter() {
  const t = useTranslations('Layout')
  return (
    <footer className="site-footer">
      <div className="container">
        <p>{t('footerNote')}</p>
      </div>
    </footer>
  )
}
