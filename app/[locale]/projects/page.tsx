import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { PageHeader } from '@/components/PageHeader'
import { ProjectCard } from '@/components/project/ProjectCard'
import { read } from '@/lib/content'
import { resolveLocale } from '@/lib/i18n/locale'
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
  const projects = await read('projects', locale)
  const t = await getTranslations('Projects')
  return (
    <div className="container">
      <PageHeader title={t('title')} byline={t('count', { count: projects.length })} />
      <p className="lead">{t('description')}</p>
      <ul className="card-grid card-grid--wide">
        {projects.map((project) => (
          <ProjectCard key={project.id} project={project} />
        ))}
      </ul>
    </div>
  )
}
