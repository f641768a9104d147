import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { JsonLd } from '@/components/JsonLd'
import { ProjectOverview } from '@/components/ProjectOverview'
import { read, staticParams } from '@/lib/content'
import { updatesNaming } from '@/lib/site/updates'
import { NamedUpdates } from '@/components/updates/UpdateList'
import { paths, socialImagePaths } from '@/lib/paths'
import { pageMetadata } from '@/lib/metadata'
import { projectJsonLd } from '@/lib/structured-data'
import { loadProject } from './load-project'

type Props = PageProps<'/[locale]/projects/[project]'>

export const revalidate = 3600
export const generateStaticParams = staticParams.project

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, project } = await loadProject(params, paths.project)
  return pageMetadata({
    locale,
    path: paths.project(project.slug),
    title: project.title.value,
    description: project.summary?.value,
    image: { path: socialImagePaths.project(project.slug), title: project.title.value },
    absoluteTitle: true,
  })
}

export default async function ProjectPage({ params }: Props) {
  const { locale, project } = await loadProject(params, paths.project)
  const updates = updatesNaming(await read('updates', locale), { project: project.id })
  const t = await getTranslations('Nav')
  return (
    <>
      <JsonLd data={projectJsonLd(project, locale)} />
      <ProjectOverview
        project={project}
        breadcrumbs={
          <Breadcrumbs
            items={[{ href: paths.projects(), label: t('projects') }]}
            current={project.shortTitle.value}
          />
        }
      />
      <div className="container">
        <NamedUpdates updates={updates} />
      </div>
    </>
  )
}
