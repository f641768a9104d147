import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { ActivityList } from '@/components/ActivityList'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { LocalizedText } from '@/components/LocalizedText'
import { RichText } from '@/components/RichText'
import { getCluster } from '@/lib/content'
import { clusterParams } from '@/lib/content/static-params'
import { resolveLocale } from '@/lib/i18n/params'
import { paths } from '@/lib/paths'
import { pageMetadata } from '@/lib/metadata'

type Props = PageProps<'/[locale]/projects/[project]/clusters/[cluster]'>

export const revalidate = 3600
export const generateStaticParams = clusterParams

async function load(params: Props['params']) {
  const locale = await resolveLocale(params)
  const { project, cluster: slug } = await params
  const cluster = await getCluster(locale, project, slug)
  if (!cluster) notFound()
  return { locale, cluster }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, cluster } = await load(params)
  const t = await getTranslations({ locale, namespace: 'Clusters' })
  return pageMetadata({
    locale,
    path: paths.cluster(cluster.project.slug, cluster.slug),
    title: cluster.title.value,
    description: t('metaDescription', {
      number: cluster.order,
      project: cluster.project.title.value,
      count: cluster.activities.length,
    }),
  })
}

export default async function ClusterPage({ params }: Props) {
  const { cluster } = await load(params)
  const t = await getTranslations('Clusters')
  const tNav = await getTranslations('Nav')
  return (
    <article className="container">
      <Breadcrumbs
        items={[
          { href: paths.projects(), label: tNav('projects') },
          {
            href: paths.project(cluster.project.slug),
            label: <LocalizedText value={cluster.project.shortTitle} />,
          },
        ]}
        current={t('label', { number: cluster.order })}
      />
      <header className="page-header prose">
        <p className="page-header__kicker">{t('label', { number: cluster.order })}</p>
        <LocalizedText as="h1" value={cluster.title} />
      </header>
      {cluster.description && <RichText className="prose" value={cluster.description} />}
      <section aria-labelledby="activities" className="prose">
        <h2 id="activities">{t('activities')}</h2>
        <ActivityList projectSlug={cluster.project.slug} activities={cluster.activities} />
      </section>
    </article>
  )
}
