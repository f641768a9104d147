import { AllReport, allReportMetadata } from '../all-report'

type Props = PageProps<'/[locale]/activities/_filtered'>

export function generateMetadata({ params }: Props) {
  return allReportMetadata(params)
}

/** Every project's activities narrowed by the URL's filters, rendered per request. */
export default async function FilteredAllActivitiesPage({ params, searchParams }: Props) {
  return <AllReport params={params} searchParams={await searchParams} />
}
