import { useTranslations } from 'next-intl'
import { Link } from '@/lib/i18n/navigation'
import { paths } from '@/lib/paths'
import { SiteLinks } from '@/components/SiteLinks'

/**
 * The 404 page of a language. Not-found files take no metadata export, so the page names itself
 * with a <title> element, which React places in the document head.
 */
export default function NotFound() {
  const t = useTranslations('NotFound')
  const tMeta = useTranslations('Metadata')
  return (
    <div className="container prose">
      <title>{`${t('title')} · ${tMeta('siteName')}`}</title>
      <h1>{t('title')}</h1>
      <p className="lead">{t('description')}</p>
      <p>
        <Link className="button" href={paths.home()}>
          {t('home')}
        </Link>
      </p>
      <p>{t('browse')}</p>
      <SiteLinks />
    </div>
  )
}
