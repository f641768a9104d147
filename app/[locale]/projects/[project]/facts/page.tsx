import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { ProjectBreadcrumbs } from '@/components/Breadcrumbs'
import { ProjectFactsAndSources } from '@/components/donor/ProjectFactsAndSources'
import { LocalizedText } from '@/components/LocalizedText'
import { PageHeader } from '@/components/PageHeader'
import { staticParams } from '@/lib/content'
import { paths, socialImagePaths } from '@/lib/paths'
import { pageMetadata } from '@/lib/metadata'
import { loadProject } from '../load-project'

type Props = PageProps<'/[locale]/projects/[project]/facts'>

export const revalidate = 3600
export const generateStaticParams = staticParams.project

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, project } = await loadProject(params, paths.facts)
  const t = await getTranslations({ locale, namespace: 'FactsPage' })
  return pageMetadata({
    locale,
    path: paths.facts(project.slug),
    title: `${t('title')} · ${project.shortTitle.value}`,
    description: t('metaDescription', { project: project.title.value }),
    image: { path: socialImagePaths.project(project.slug), title: project.title.value },
  })
}

export default async function FactsPage({ params }: Props) {
  const { project } = await loadProject(params, paths.facts)
  const t = await getTranslations('FactsPage')
  return (
    <article className="container">
      <ProjectBreadcrumbs project={project} items={[]} current={t('title')} />
      <PageHeader title={t('title')} byline={<LocalizedText value={project.title} />} />
      <ProjectFactsAndSources project={project} />
    </article>
  )
}
