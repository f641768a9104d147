import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { ClusterResults } from '@/components/donor/ClusterResults'
import { ProjectBreadcrumbs } from '@/components/Breadcrumbs'
import { ClusterIcon } from '@/components/ClusterIcon'
import { PageHeader } from '@/components/PageHeader'
import { HeroImage } from '@/components/media/ContentImage'
import { PAGE_PHOTO_FRAME } from '@/components/media/frames'
import { RichText } from '@/components/RichText'
import { ClusterActivities } from '@/components/cluster/ClusterActivities'
import { loadPage, read, staticParams } from '@/lib/content'
import { updatesNaming } from '@/lib/site/updates'
import { NamedUpdates } from '@/components/updates/UpdateList'
import { Link } from '@/lib/i18n/navigation'
import { paths, socialImagePaths } from '@/lib/paths'
import { pageMetadata } from '@/lib/metadata'

type Props = PageProps<'/[locale]/projects/[project]/clusters/[cluster]'>

export const revalidate = 3600
export const generateStaticParams = staticParams.cluster

async function load(params: Props['params']) {
  const { locale, data } = await loadPage(params, 'cluster', (route) =>
    paths.cluster(route.project, route.cluster),
  )
  return { locale, cluster: data }
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
    image: {
      path: socialImagePaths.cluster(cluster.project.slug, cluster.slug),
      title: cluster.title.value,
    },
  })
}

export default async function ClusterPage({ params }: Props) {
  const { locale, cluster } = await load(params)
  const updates = updatesNaming(await read('updates', locale), {
    activities: cluster.activities.map((activity) => activity.id),
  })
  const t = await getTranslations('Clusters')
  const tReport = await getTranslations('Report')
  return (
    <article className="container">
      <ProjectBreadcrumbs
        project={cluster.project}
        current={t('label', { number: cluster.order })}
      />
      <PageHeader
        kicker={
          <>
            <span className="page-icon">
              <ClusterIcon slug={cluster.slug} />
            </span>
            {t('label', { number: cluster.order })}
          </>
        }
        title={cluster.title}
      />
      {cluster.mainImage && (
        <HeroImage image={cluster.mainImage} frame={PAGE_PHOTO_FRAME} className="narrow" />
      )}
      {cluster.description && <RichText className="prose" value={cluster.description} />}
      <section aria-labelledby="activities" className="section">
        <h2 id="activities">{t('activities')}</h2>
        <p>{t('activitiesIntro', { count: cluster.activities.length })}</p>
        <ClusterActivities
          projectSlug={cluster.project.slug}
          clusterNumber={cluster.order}
          activities={cluster.activities}
        />
        <p className="no-print">
          <Link href={`${paths.activities(cluster.project.slug)}?cluster=${cluster.slug}`}>
            {tReport('clusterList', { number: cluster.order })}
          </Link>
        </p>
      </section>
      <ClusterResults results={cluster.results} projectSlug={cluster.project.slug} />
      <NamedUpdates updates={updates} />
    </article>
  )
}
