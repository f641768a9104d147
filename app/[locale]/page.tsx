import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ProjectOverview } from '@/components/ProjectOverview'
import { getHomeProjectSlug, getProject } from '@/lib/content'
import { resolveLocale } from '@/lib/i18n/params'

export const revalidate = 3600

async function homeProject(params: PageProps<'/[locale]'>['params']) {
  const locale = await resolveLocale(params)
  const slug = await getHomeProjectSlug()
  return slug ? getProject(locale, slug) : null
}

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const project = await homeProject(params)
  if (!project) notFound()
  return { title: { absolute: project.title.value }, description: project.summary.value }
}

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const project = await homeProject(params)
  if (!project) notFound()
  return <ProjectOverview project={project} />
}
