import { activitiesCsvRoute } from '@/lib/reporting/csv-response'

export const { GET, POST, PUT, PATCH, DELETE } = activitiesCsvRoute(
  '/[locale]/projects/[project]/activities.csv',
)
