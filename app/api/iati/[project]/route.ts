import { NextResponse } from 'next/server'
import { iatiPath } from '@/lib/paths'
import { loadIati } from '@/lib/reporting/iati/load'
import { renamedProjectRedirect } from '@/lib/reporting/renamed-project'
import { methodsNotAllowed } from '@/lib/method-not-allowed'

/**
 * The project as an IATI 2.03 activity file, with narratives in every portal language. It always
 * covers the whole project (filters of the activity list do not apply), and its first comments say
 * whether it is ready to publish and why not. A renamed project's old address redirects (308).
 */
export async function GET(request: Request, { params }: RouteContext<'/api/iati/[project]'>) {
  const { project: slug } = await params
  const moved = await renamedProjectRedirect(slug, new URL(request.url), iatiPath)
  if (moved) return moved
  const report = await loadIati(slug)
  if (!report) return NextResponse.json({ error: 'no such project' }, { status: 404 })
  return new Response(report.xml, {
    headers: {
      'content-type': 'application/xml; charset=utf-8',
      'content-disposition': `attachment; filename="${slug}-iati-activities.xml"`,
      'cache-control': 'no-store',
    },
  })
}

export const { POST, PUT, PATCH, DELETE } = methodsNotAllowed('/api/iati/[project]')
