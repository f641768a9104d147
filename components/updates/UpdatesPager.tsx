import { useTranslations } from 'next-intl'
import { Pager } from '@/components/Pager'
import { paths } from '@/lib/paths'
import { pageSearch } from '@/lib/site/updates'

/** Newer and older pages of the updates list (the lists' one pager); nothing for one page. */
export function UpdatesPager({ page, pages }: { page: number; pages: number }) {
  const t = useTranslations('Updates')
  return (
    <Pager
      page={page}
      pages={pages}
      hrefOf={(n) => `${paths.updates()}${pageSearch(n)}`}
      label={t('pagination')}
      previousText={t('previous')}
      nextText={t('next')}
    />
  )
}
