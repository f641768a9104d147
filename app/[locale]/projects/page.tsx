import { ProjectList, projectListMetadata } from './project-list'

type Props = PageProps<'/[locale]/projects'>

export const revalidate = 3600

export function generateMetadata({ params }: Props) {
  return projectListMetadata(params)
}

/** The first page of the project list, generated like the other pages; later pages go elsewhere. */
export default function ProjectsPage({ params }: Props) {
  return <ProjectList params={params} searchParams={{}} />
}
