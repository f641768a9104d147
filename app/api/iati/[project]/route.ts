import { NextResponse } from 'next/server'
import { loadIati } from '@/lib/reporting/iati/load'
import { methodsNotAllowed } from '@/lib/method-not-allowed'

/**
 * The project as an IATI 2.03 activity file, with narratives in every portal language. It always
 * covers the whole project (filters of the activity list do not apply), and its first comments say
 * whether it is ready to publish and why not.
 */
export async function GET(_request: Request, { params }: RouteContext<'/api/iati/[project]'>) {
  const { project: slug } = await params
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
