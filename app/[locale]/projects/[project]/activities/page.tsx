import { staticParams } from '@/lib/content'
import { ProjectReport, projectReportMetadata } from './project-report'

type Props = PageProps<'/[locale]/projects/[project]/activities'>

export const revalidate = 3600
export const generateStaticParams = staticParams.project

export function generateMetadata({ params }: Props) {
  return projectReportMetadata(params, {})
}

/** The project's whole activity list, generated like the other pages; filtered URLs go elsewhere. */
export default function ProjectActivitiesPage({ params }: Props) {
  return <ProjectReport params={params} searchParams={{}} />
}
