import { ProjectReport, projectReportMetadata } from '../activities/project-report'

type Props = PageProps<'/[locale]/projects/[project]/filtered-activities'>

export function generateMetadata({ params }: Props) {
  return projectReportMetadata(params)
}

/** The project's activity list narrowed by the URL's filters, rendered per request. */
export default async function FilteredProjectActivitiesPage({ params, searchParams }: Props) {
  return <ProjectReport params={params} searchParams={await searchParams} />
}
