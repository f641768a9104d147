import { useTranslations } from 'next-intl'
import { Link } from '@/lib/i18n/navigation'

type Props = {
  page: number
  pages: number
  /** The locale-less address of page `n` of the list. */
  hrefOf: (n: number) => string
  /** What the pages are of (the navigation's accessible name). */
  label: string
  /** Link texts where "previous" and "next" have a meaning of their own ("Newer updates"). */
  previousText?: string
  nextText?: string
}

/**
 * Previous and next pages of a paged list (lib/site/paging.ts), plain links that work without
 * JavaScript; nothing when the list has one page.
 */
export function Pager({ page, pages, hrefOf, label, previousText, nextText }: Props) {
  const t = useTranslations('Pager')
  if (pages <= 1) return null
  return (
    <nav className="pager" aria-label={label}>
      {page > 1 && (
        <Link href={hrefOf(page - 1)} rel="prev">
          {previousText ?? t('previous')}
        </Link>
      )}
      <span aria-current="page">{t('page', { page, pages })}</span>
      {page < pages && (
        <Link href={hrefOf(page + 1)} rel="next">
          {nextText ?? t('next')}
        </Link>
      )}
    </nav>
  )
}
