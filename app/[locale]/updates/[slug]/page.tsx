import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { PageHeader } from '@/components/PageHeader'
import { UpdateArticle } from '@/components/updates/UpdateArticle'
import { getPublishedRouteIndex, loadUpdatePage } from '@/lib/content'
import { formatDate } from '@/lib/i18n/format'
import { routing } from '@/lib/i18n/routing'
import { pageMetadata } from '@/lib/metadata'
import { paths, socialImagePaths } from '@/lib/paths'
import { feedAlternates } from '@/lib/site/feed-alternates'
import { socialPhoto } from '@/lib/social-image/photo'

type Props = PageProps<'/[locale]/updates/[slug]'>

export const revalidate = 3600

/** Every update out at build, in the languages it is written in. */
export async function generateStaticParams() {
  const { updates } = await getPublishedRouteIndex()
  return routing.locales.flatMap((locale) =>
    updates.visible(locale).map((update) => ({ locale, slug: update.slug })),
  )
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, data, languages } = await loadUpdatePage(params)
  const metadata = await pageMetadata({
    locale,
    path: paths.update(data.slug),
    title: data.title.value,
    description: data.summary?.value,
    languages,
    // The update's photo is its preview image; without one, the generated card.
    image: { path: socialImagePaths.update(data.slug), title: data.title.value },
    photo: data.mainImage
      ? { ...socialPhoto(data.mainImage), alt: data.mainImage.alt?.value ?? data.title.value }
      : undefined,
  })
  return { ...metadata, alternates: { ...metadata.alternates, ...(await feedAlternates(locale)) } }
}

export default async function UpdatePage({ params }: Props) {
  const { locale, data } = await loadUpdatePage(params)
  const t = await getTranslations('Updates')
  const tNav = await getTranslations('Nav')
  return (
    <article className="container update">
      <Breadcrumbs
        items={[
          { href: paths.home(), label: tNav('home') },
          { href: paths.updates(), label: t('title') },
        ]}
        current={data.title.value}
      />
      <PageHeader
        title={data.title}
        byline={t.rich('published', {
          date: formatDate(new Date(data.publishedAt), locale),
          time: (chunks) => <time dateTime={data.publishedAt}>{chunks}</time>,
        })}
      />
      <UpdateArticle update={data} />
    </article>
  )
}
