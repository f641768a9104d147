import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { ProjectBreadcrumbs } from '@/components/Breadcrumbs'
import { LocalizedText } from '@/components/LocalizedText'
import { ActivityReport } from '@/components/report/ActivityReport'
import { pageMetadata } from '@/lib/metadata'
import { iatiPath, paths, socialImagePaths } from '@/lib/paths'
import type { SearchParams } from '@/lib/reporting/filters'
import { redirectToCleanListUrl } from '@/lib/reporting/clean-url'
import { loadActivityReport } from '@/lib/reporting/load'
import { searchString } from '@/lib/reporting/search-string'
import { loadProject } from '../load-project'

type Params = Promise<{ locale: string; project: string }>

/**
 * The donor list of one project. Two routes render it: `page.tsx`, the generated list without
 * filters, and `../filtered-activities/page.tsx`, per request, for URLs with filters (next.config.ts rewrites).
 */
/** The list's address under a project slug, with the request's filters (for rename redirects). */
const listPathOf = (searchParams: SearchParams) => (project: string) =>
  `${paths.activities(project)}${searchString(searchParams)}`

export async function projectReportMetadata(
  params: Params,
  searchParams: SearchParams,
): Promise<Metadata> {
  const { locale, project } = await loadProject(params, listPathOf(searchParams))
  const t = await getTranslations({ locale, namespace: 'Report' })
  return pageMetadata({
    locale,
    path: paths.activities(project.slug),
    title: `${t('title')} · ${project.shortTitle.value}`,
    description: t('description', { project: project.title.value }),
    image: { path: socialImagePaths.project(project.slug), title: project.title.value },
  })
}

export async function ProjectReport({
  params,
  searchParams,
}: {
  params: Params
  searchParams: SearchParams
}) {
  const { locale, project } = await loadProject(params, listPathOf(searchParams))
  redirectToCleanListUrl(locale, paths.activities(project.slug), searchParams)
  const report = await loadActivityReport(locale, project.slug, searchParams)
  if (!report?.page) notFound()
  const t = await getTranslations('Report')
  return (
    <ActivityReport
      report={report}
      breadcrumbs={<ProjectBreadcrumbs project={project} items={[]} current={t('title')} />}
      heading={
        <>
          {t('title')}: <LocalizedText value={project.title} />
        </>
      }
      intro={t('description', { project: project.title.value })}
      listPath={paths.activities(project.slug)}
      csvPath={paths.activitiesCsv(project.slug)}
      iatiPath={iatiPath(project.slug)}
      aboutDataPath={paths.aboutData(project.slug)}
      generatedAt={new Date()}
    />
  )
}
