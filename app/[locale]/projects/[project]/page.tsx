import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { JsonLd } from '@/components/JsonLd'
import { ProjectOverview } from '@/components/ProjectOverview'
import { getProject } from '@/lib/content'
import { projectParams } from '@/lib/content/static-params'
import { loadOr404 } from '@/lib/i18n/params'
import { paths } from '@/lib/paths'
import { pageMetadata } from '@/lib/metadata'
import { projectJsonLd } from '@/lib/structured-data'

type Props = PageProps<'/[locale]/projects/[project]'>

export const revalidate = 3600
export const generateStaticParams = projectParams

async function load(params: Props['params']) {
  const { locale, data } = await loadOr404(params, (locale, p) => getProject(locale, p.project))
  return { locale, project: data }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, project } = await load(params)
  return pageMetadata({
    locale,
    path: paths.project(project.slug),
    title: project.title.value,
    description: project.summary.value,
    absoluteTitle: true,
  })
}

export default async function ProjectPage({ params }: Props) {
  const { locale, project } = await load(params)
  const t = await getTranslations('Nav')
  return (
    <>
      <JsonLd data={projectJsonLd(project, locale)} />
      <div className="container">
        <Breadcrumbs
          items={[{ href: paths.projects(), label: t('projects') }]}
          current={project.shortTitle.value}
        />
      </div>
      <ProjectOverview project={project} />
    </>
  )
}
