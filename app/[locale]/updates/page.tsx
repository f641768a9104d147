import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { notFound, permanentRedirect } from 'next/navigation'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { PageHeader } from '@/components/PageHeader'
import { UpdateList } from '@/components/updates/UpdateList'
import { UpdatesPager } from '@/components/updates/UpdatesPager'
import { read } from '@/lib/content'
import { getPathname } from '@/lib/i18n/navigation'
import { resolveLocale } from '@/lib/i18n/locale'
import { pageMetadata } from '@/lib/metadata'
import { paths } from '@/lib/paths'
import { feedAlternates } from '@/lib/site/feed-alternates'
import { pageSearch, updatesPage } from '@/lib/site/updates'

type Props = PageProps<'/[locale]/updates'>

/**
 * The updates, newest first, `UPDATES_PAGE_SIZE` a page (`?page=N`). Rendered per request (it
 * reads its query); its one read is cached (lib/content) until the next scheduled update at most.
 */
async function load({ params, searchParams }: Props) {
  const locale = await resolveLocale(params)
  const updates = await read('updates', locale)
  const result = updatesPage(updates, await searchParams)
  if (result.status === 'missing') notFound()
  if (result.status === 'redirect') {
    permanentRedirect(`${getPathname({ href: paths.updates(), locale })}${pageSearch(result.page)}`)
  }
  return { locale, ...result.page }
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, page, pages } = await load(props)
  const t = await getTranslations({ locale, namespace: 'Updates' })
  const metadata = await pageMetadata({
    locale,
    path: paths.updates(),
    title: pages > 1 ? `${t('title')} (${t('page', { page, pages })})` : t('title'),
    description: t('metaDescription'),
  })
  return { ...metadata, alternates: { ...metadata.alternates, ...(await feedAlternates(locale)) } }
}

export default async function UpdatesPage(props: Props) {
  const { locale, items, page, pages } = await load(props)
  const t = await getTranslations('Updates')
  const tNav = await getTranslations('Nav')
  return (
    <div className="container">
      <Breadcrumbs items={[{ href: paths.home(), label: tNav('home') }]} current={t('title')} />
      <PageHeader title={t('title')} />
      <p className="lead">{t('intro')}</p>
      {items.length > 0 ? <UpdateList updates={items} /> : <p>{t('empty')}</p>}
      <UpdatesPager page={page} pages={pages} />
      <p className="feed-link">
        <a href={getPathname({ href: paths.updatesFeed(), locale })} type="application/atom+xml">
          {t('subscribe')}
        </a>
      </p>
    </div>
  )
}
