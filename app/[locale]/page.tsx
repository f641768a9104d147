import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { JsonLd } from '@/components/JsonLd'
import { ProjectOverview } from '@/components/ProjectOverview'
import { getRouteIndex, read } from '@/lib/content'
import { resolveLocale } from '@/lib/i18n/locale'
import { paths, socialImagePaths } from '@/lib/paths'
import { pageMetadata } from '@/lib/metadata'
import { projectJsonLd } from '@/lib/structured-data'

export const revalidate = 3600

/** The home page shows the featured project (today the portal's first project). */
async function homeProject(params: PageProps<'/[locale]'>['params']) {
  const locale = await resolveLocale(params)
  const home = (await getRouteIndex()).home
  return { locale, project: home ? await read('project', locale, home.slug) : null }
}

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const { locale, project } = await homeProject(params)
  if (!project) notFound()
  return pageMetadata({
    locale,
    path: paths.home(),
    title: project.title.value,
    description: project.summary?.value,
    image: { path: socialImagePaths.project(project.slug), title: project.title.value },
    absoluteTitle: true,
  })
}

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const { locale, project } = await homeProject(params)
  if (!project) notFound()
  return (
    <>
      <JsonLd data={projectJsonLd(project, locale)} />
      <ProjectOverview project={project} />
    </>
  )
}
