import { AllReport, allReportMetadata } from './all-report'

type Props = PageProps<'/[locale]/activities'>

export const revalidate = 3600

export function generateMetadata({ params }: Props) {
  return allReportMetadata(params)
}

/** Every project's activities, generated like the other pages; filtered URLs go elsewhere. */
export default function AllActivitiesPage({ params }: Props) {
  return <AllReport params={params} searchParams={{}} />
}
