import { hasLocale } from 'next-intl'
import { type NextRequest, NextResponse } from 'next/server'
import { routing } from '@/lib/i18n/routing'
import { activitiesCsvResponse } from '@/lib/reporting/csv-response'
import { methodNotAllowed } from '@/lib/method-not-allowed'

export async function GET(
  request: NextRequest,
  { params }: RouteContext<'/[locale]/activities.csv'>,
) {
  const { locale } = await params
  const response = hasLocale(routing.locales, locale)
    ? await activitiesCsvResponse(locale, null, request.nextUrl)
    : null
  return response ?? NextResponse.json({ error: 'not found' }, { status: 404 })
}

const notAllowed = methodNotAllowed('GET')
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE }
