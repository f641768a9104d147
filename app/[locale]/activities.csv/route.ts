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
  if (!hasLocale(routing.locales, locale))
    return NextResponse.json({ error: 'not found' }, { status: 404 })
  return activitiesCsvResponse(locale, null, request.nextUrl)
}

const refuse = methodNotAllowed('GET')
export { refuse as POST, refuse as PUT, refuse as PATCH, refuse as DELETE }
