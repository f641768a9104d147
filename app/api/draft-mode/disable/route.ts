import { draftMode } from 'next/headers'
import { methodsNotAllowed } from '@/lib/method-not-allowed'
import { returnPath } from '@/lib/draft-mode/return-path'

/** Leaves preview and returns to the page the editor was on (a same-origin relative redirect). */
export async function POST(request: Request) {
  ;(await draftMode()).disable()
  const target = returnPath(request.headers.get('referer'), request.headers.get('host'))
  return new Response(null, {
    status: 303,
    headers: { Location: target, 'Cache-Control': 'no-store' },
  })
}

export const { GET, HEAD, PUT, PATCH, DELETE } = methodsNotAllowed('/api/draft-mode/disable')
