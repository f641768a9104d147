import { AllReport, allReportMetadata } from '../activities/all-report'

type Props = PageProps<'/[locale]/filtered-activities'>

export function generateMetadata({ params }: Props) {
  return allReportMetadata(params)
}

/** Every project's activities narrowed by the URL's filters, rendered per request. */
export default async function FilteredAllActivitiesPage({ params, searchParams }: Props) {
  return <AllReport params={params} searchParams={await searchParams} />
}
