import { ProjectList, projectListMetadata } from '../projects/project-list'

type Props = PageProps<'/[locale]/paged-projects'>

export function generateMetadata({ params }: Props) {
  return projectListMetadata(params)
}

/** A later page of the project list (`?page=N`), rendered per request. */
export default async function PagedProjectsPage({ params, searchParams }: Props) {
  return <ProjectList params={params} searchParams={await searchParams} />
}
