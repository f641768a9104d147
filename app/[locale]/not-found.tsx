import { useTranslations } from 'next-intl'
import { Link } from '@/lib/i18n/navigation'

export default function NotFound() {
  const t = useTranslations('NotFound')
  return (
    <div className="container prose">
      <h1>{t('title')}</h1>
      <p>{t('description')}</p>
      <p>
        <Link href="/">{t('home')}</Link>
      </p>
    </div>
  )
}
