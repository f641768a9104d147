import { NextResponse } from 'next/server'
import { getProject, getProjectActivities } from '@/lib/content'
import { routing } from '@/lib/i18n/routing'
import { projectToIati } from '@/lib/reporting/iati'
import { methodNotAllowed } from '@/lib/method-not-allowed'

/** The project as an IATI 2.03 activity file, with narratives in every portal language. */
export async function GET(_request: Request, { params }: RouteContext<'/api/iati/[project]'>) {
  const { project: slug } = await params
  const languages = await Promise.all(
    routing.locales.map(async (locale) => ({
      locale,
      project: await getProject(locale, slug),
      activities: await getProjectActivities(locale, slug),
    })),
  )
  const complete = languages.flatMap(({ locale, project, activities }) =>
    project && activities ? [{ locale, project, activities }] : [],
  )
  if (complete.length < languages.length) {
    return NextResponse.json({ error: 'no such project' }, { status: 404 })
  }
  const xml = projectToIati({
    languages: complete,
    generatedAt: new Date(),
  })
  return new Response(xml, {
    headers: {
      'content-type': 'application/xml; charset=utf-8',
      'content-disposition': `attachment; filename="${slug}-iati-activities.xml"`,
      'cache-control': 'no-store',
    },
  })
}

const notAllowed = methodNotAllowed('GET')
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE }
