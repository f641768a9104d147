import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { ProjectBreadcrumbs } from '@/components/Breadcrumbs'
import { AboutProjectData } from '@/components/donor/AboutProjectData'
import { LocalizedText } from '@/components/LocalizedText'
import { PageHeader } from '@/components/PageHeader'
import { staticParams } from '@/lib/content'
import { paths, socialImagePaths } from '@/lib/paths'
import { pageMetadata } from '@/lib/metadata'
import { loadIati } from '@/lib/reporting/iati/load'
import { loadProject } from '../load-project'

type Props = PageProps<'/[locale]/projects/[project]/about-data'>

export const revalidate = 3600
export const generateStaticParams = staticParams.project

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, project } = await loadProject(params, paths.aboutData)
  const t = await getTranslations({ locale, namespace: 'AboutData' })
  return pageMetadata({
    locale,
    path: paths.aboutData(project.slug),
    title: `${t('title')} · ${project.shortTitle.value}`,
    description: t('metaDescription', { project: project.title.value }),
    image: { path: socialImagePaths.project(project.slug), title: project.title.value },
  })
}

/** "About this data": where the project's facts come from, and what the data still lacks. */
export default async function AboutDataPage({ params }: Props) {
  const { project } = await loadProject(params, paths.aboutData)
  const iati = await loadIati(project.slug)
  const t = await getTranslations('AboutData')
  return (
    <article className="container">
      <ProjectBreadcrumbs project={project} items={[]} current={t('title')} />
      <PageHeader title={t('title')} byline={<LocalizedText value={project.title} />} />
      <AboutProjectData project={project} iati={iati} />
    </article>
  )
}
