import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { ProjectBreadcrumbs } from '@/components/Breadcrumbs'
import { ClusterIcon } from '@/components/ClusterIcon'
import { LocalizedText } from '@/components/LocalizedText'
import { PageHeader } from '@/components/PageHeader'
import { ActivityDetails } from '@/components/activity/ActivityDetails'
import { HeroImage } from '@/components/media/ContentImage'
import { PAGE_PHOTO_FRAME } from '@/components/media/frames'
import { NamedUpdates } from '@/components/updates/UpdateList'
import { loadPage, read, staticParams } from '@/lib/content'
import { updatesNaming } from '@/lib/site/updates'
import { Link } from '@/lib/i18n/navigation'
import { paths, socialImagePaths } from '@/lib/paths'
import { pageMetadata } from '@/lib/metadata'

type Props = PageProps<'/[locale]/projects/[project]/activities/[activity]'>

export const revalidate = 3600
export const generateStaticParams = staticParams.activity

async function load(params: Props['params']) {
  const { locale, data } = await loadPage(params, 'activity', (route) =>
    paths.activity(route.project, route.activity),
  )
  return { locale, activity: data }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, activity } = await load(params)
  const t = await getTranslations({ locale, namespace: 'Activity' })
  return pageMetadata({
    locale,
    path: paths.activity(activity.project.slug, activity.slug),
    title: activity.title.value,
    description: t('metaDescription', {
      project: activity.project.title.value,
      number: activity.cluster.order,
    }),
    image: {
      path: socialImagePaths.activity(activity.project.slug, activity.slug),
      title: activity.title.value,
    },
  })
}

export default async function ActivityPage({ params }: Props) {
  const { locale, activity } = await load(params)
  const updates = updatesNaming(await read('updates', locale), { activities: [activity.id] })
  const t = await getTranslations('Activity')
  const tClusters = await getTranslations('Clusters')
  const { project, cluster } = activity
  return (
    <article className="container">
      <ProjectBreadcrumbs
        project={project}
        items={[
          {
            href: paths.cluster(project.slug, cluster.slug),
            label: tClusters('label', { number: cluster.order }),
          },
        ]}
        current={<LocalizedText value={activity.title} />}
      />
      <PageHeader
        kicker={
          <>
            <span className="page-icon">
              <ClusterIcon slug={cluster.slug} />
            </span>
            <span>
              {tClusters('label', { number: cluster.order })}
              {' · '}
              <LocalizedText value={cluster.shortTitle} />
            </span>
          </>
        }
        title={activity.title}
      />
      <div className="narrow">
        {activity.mainImage && <HeroImage image={activity.mainImage} frame={PAGE_PHOTO_FRAME} />}
        <ActivityDetails activity={activity} />
        <NamedUpdates updates={updates} />
      </div>
      <ul className="link-list no-print">
        <li>
          <Link href={paths.cluster(project.slug, cluster.slug)}>
            {t('backToCluster', { number: cluster.order })}
          </Link>
        </li>
        <li>
          <Link href={paths.activities(project.slug)}>{t('allActivities')}</Link>
        </li>
      </ul>
    </article>
  )
}
