import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { LocalizedText } from '@/components/LocalizedText'
import { OrganizationName } from '@/components/OrganizationName'
import { Period } from '@/components/Period'
import { getProjects } from '@/lib/content'
import { projectPeriod } from '@/lib/content/period'
import { resolveLocale } from '@/lib/i18n/params'
import { Link } from '@/lib/i18n/navigation'
import { paths } from '@/lib/paths'
import { pageMetadata } from '@/lib/metadata'

type Props = PageProps<'/[locale]/projects'>

export const revalidate = 3600

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params)
  const t = await getTranslations({ locale, namespace: 'Projects' })
  return pageMetadata({
    locale,
    path: paths.projects(),
    title: t('title'),
    description: t('description'),
  })
}

export default async function ProjectsPage({ params }: Props) {
  const locale = await resolveLocale(params)
  const projects = await getProjects(locale)
  const t = await getTranslations('Projects')
  const tProject = await getTranslations('Project')
  const tLayout = await getTranslations('Layout')
  return (
    <div className="container">
      <header className="page-header prose">
        <h1>{t('title')}</h1>
        <p>{t('description')}</p>
        <p className="page-header__byline">{t('count', { count: projects.length })}</p>
      </header>
      <ul className="card-list card-list--wide">
        {projects.map((project) => {
          return (
            <li key={project.id} className="card">
              <h2 className="card__title">
                <Link href={paths.project(project.slug)}>
                  <LocalizedText value={project.title} />
                </Link>
              </h2>
              <LocalizedText as="p" value={project.summary} />
              <p className="card__meta">
                <Period period={projectPeriod(project)} />
                {' · '}
                {tProject('activityCount', { count: project.activityCount })}
              </p>
              {project.organizations
                .filter((entry) => entry.role === 'implementer')
                .map((entry) => (
                  <p key={entry.organization.id} className="card__meta">
                    {tLayout('implementedBy')}{' '}
                    <OrganizationName organization={entry.organization} />
                  </p>
                ))}
            </li>
          )
        })}
      </ul>
    </div>
  )
}
