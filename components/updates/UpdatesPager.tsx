import { useTranslations } from 'next-intl'
import { Link } from '@/lib/i18n/navigation'
import { paths } from '@/lib/paths'
import { pageSearch } from '@/lib/site/updates'

/** Newer and older pages of the updates list; nothing when it has one page. */
export function UpdatesPager({ page, pages }: { page: number; pages: number }) {
  const t = useTranslations('Updates')
  if (pages <= 1) return null
  const href = (n: number) => `${paths.updates()}${pageSearch(n)}`
  return (
    <nav className="pager" aria-label={t('pagination')}>
      {page > 1 && (
        <Link href={href(page - 1)} rel="prev">
          {t('previous')}
        </Link>
      )}
      <span aria-current="page">{t('page', { page, pages })}</span>
      {page < pages && (
        <Link href={href(page + 1)} rel="next">
          {t('next')}
        </Link>
      )}
    </nav>
  )
}
