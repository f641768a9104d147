import { draftMode } from 'next/headers'
import { NextResponse, type NextRequest } from 'next/server'
import { methodNotAllowed } from '@/lib/method-not-allowed'

/** Leaves preview and returns to the page the editor was on (same-origin paths only). */
export async function POST(request: NextRequest) {
  ;(await draftMode()).disable()
  const referer = request.headers.get('referer')
  let target = '/'
  if (referer) {
    const url = new URL(referer)
    if (url.origin === request.nextUrl.origin) target = `${url.pathname}${url.search}`
  }
  return NextResponse.redirect(new URL(target, request.nextUrl.origin), 303)
}

const refuse = methodNotAllowed('POST')
export { refuse as GET, refuse as HEAD, refuse as PUT, refuse as PATCH, refuse as DELETE }
