import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { LocalizedText } from '@/components/LocalizedText'
import { ActivityReport } from '@/components/report/ActivityReport'
import { pageMetadata } from '@/lib/metadata'
import { iatiPath, paths } from '@/lib/paths'
import { loadActivityReport } from '@/lib/reporting/load'
import { loadProject } from '../load-project'

type Props = PageProps<'/[locale]/projects/[project]/activities'>

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, project } = await loadProject(params)
  const t = await getTranslations({ locale, namespace: 'Report' })
  return pageMetadata({
    locale,
    path: paths.activities(project.slug),
    title: `${t('title')} · ${project.shortTitle.value}`,
    description: t('description', { project: project.title.value }),
  })
}

/** The donor list of one project: rendered per request from the URL's filters. */
export default async function ProjectActivitiesPage({ params, searchParams }: Props) {
  const { locale, project } = await loadProject(params)
  const report = await loadActivityReport(locale, project.slug, await searchParams)
  const t = await getTranslations('Report')
  const tNav = await getTranslations('Nav')
  return (
    <>
      <div className="container no-print">
        <Breadcrumbs
          items={[
            { href: paths.projects(), label: tNav('projects') },
            {
              href: paths.project(project.slug),
              label: <LocalizedText value={project.shortTitle} />,
            },
          ]}
          current={t('title')}
        />
      </div>
      <ActivityReport
        report={report}
        heading={
          <>
            {t('title')}: <LocalizedText value={project.title} />
          </>
        }
        intro={t('description', { project: project.title.value })}
        listPath={paths.activities(project.slug)}
        csvPath={paths.activitiesCsv(project.slug)}
        iatiPath={iatiPath(project.slug)}
        generatedAt={new Date()}
      />
    </>
  )
}
