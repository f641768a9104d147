import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { ProjectBreadcrumbs } from '@/components/Breadcrumbs'
import { LocalizedText } from '@/components/LocalizedText'
import { OrganizationName } from '@/components/OrganizationName'
import { Period } from '@/components/Period'
import { RichText } from '@/components/RichText'
import { getActivity } from '@/lib/content'
import { activityPeriod } from '@/lib/content/period'
import { activityParams } from '@/lib/content/static-params'
import { loadPage } from '@/lib/i18n/params'
import { Link } from '@/lib/i18n/navigation'
import { paths } from '@/lib/paths'
import { pageMetadata } from '@/lib/metadata'

type Props = PageProps<'/[locale]/projects/[project]/activities/[activity]'>

export const revalidate = 3600
export const generateStaticParams = activityParams

async function load(params: Props['params']) {
  const { locale, data } = await loadPage(
    params,
    (route) => paths.activity(route.project, route.activity),
    (locale, route) => getActivity(locale, route.project, route.activity),
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
  })
}

export default async function ActivityPage({ params }: Props) {
  const { activity } = await load(params)
  const t = await getTranslations('Activity')
  const tClusters = await getTranslations('Clusters')
  const tStatus = await getTranslations('Status')
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
      <header className="page-header prose">
        <p className="page-header__kicker">{tClusters('label', { number: cluster.order })}</p>
        <LocalizedText as="h1" value={activity.title} />
      </header>
      <section className="facts" aria-labelledby="activity-facts">
        <h2 id="activity-facts" className="visually-hidden">
          {t('project')}
        </h2>
        <dl>
          <div>
            <dt>{t('project')}</dt>
            <dd>
              <Link href={paths.project(project.slug)}>
                <LocalizedText value={project.title} />
              </Link>
            </dd>
          </div>
          <div>
            <dt>{t('cluster')}</dt>
            <dd>
              <Link href={paths.cluster(project.slug, cluster.slug)}>
                <LocalizedText value={cluster.title} />
              </Link>
            </dd>
          </div>
          {activity.status && (
            <div>
              <dt>{t('status')}</dt>
              <dd>{tStatus(activity.status)}</dd>
            </div>
          )}
          <div>
            <dt>{t('period')}</dt>
            <dd>
              <Period period={activityPeriod(activity)} />
            </dd>
          </div>
        </dl>
      </section>
      <section aria-labelledby="organizations" className="prose">
        <h2 id="organizations">{t('organizations')}</h2>
        {activity.organizations.length > 0 ? (
          <ul className="organization-list">
            {activity.organizations.map((organization) => (
              <li key={organization.id}>
                <OrganizationName organization={organization} />
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('noOrganizations')}</p>
        )}
      </section>
      {activity.description && <RichText className="prose" value={activity.description} />}
      <p className="prose">
        <Link href={paths.cluster(project.slug, cluster.slug)}>
          {t('backToCluster', { number: cluster.order })}
        </Link>
      </p>
    </article>
  )
}
