import { ProjectReport, projectReportMetadata } from '../activities/project-report'

type Props = PageProps<'/[locale]/projects/[project]/filtered-activities'>

export async function generateMetadata({ params, searchParams }: Props) {
  return projectReportMetadata(params, await searchParams)
}

/** The project's activity list narrowed by the URL's filters, rendered per request. */
export default async function FilteredProjectActivitiesPage({ params, searchParams }: Props) {
  return <ProjectReport params={params} searchParams={await searchParams} />
}
