import { activitiesCsvRoute } from '@/lib/reporting/csv-response'

export const { GET, POST, PUT, PATCH, DELETE } = activitiesCsvRoute('/[locale]/activities.csv')
