/**
 * @jest-environment node
 */
import { createTranslator } from 'next-intl'
import { NextRequest } from 'next/server'
import { messages } from '@/lib/i18n/messages'
import type { Locale } from '@/lib/i18n/routing'
import * as allProjects from '@/app/[locale]/activities.csv/route'
import * as oneProject from '@/app/[locale]/projects/[project]/activities.csv/route'

// Outside a request: published content, read without Next's cache.
jest.mock('next/headers', () => ({ draftMode: async () => ({ isEnabled: false }) }))
jest.mock('next/cache', () => ({ unstable_cache: (read: () => unknown) => read }))
jest.mock('next-intl/server', () => ({
  getTranslations: async ({ locale, namespace }: { locale: Locale; namespace: 'Csv' }) =>
    createTranslator({ locale, messages: messages[locale], namespace }),
}))

const context = (params: { locale: string; project?: string }) => ({
  params: Promise.resolve(params),
})

describe('the activity lists’ CSV routes (one factory)', () => {
  it('answers every project’s list as CSV', async () => {
    const url = 'http://localhost/en/activities.csv'
    const response = await allProjects.GET(new NextRequest(url), context({ locale: 'en' }))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('content-disposition')).toMatch(/all-projects-activities-en-/)
    // A header row and at least one activity.
    expect((await response.text()).trim().split('\n').length).toBeGreaterThan(1)
  })

  it('answers one project’s list, and 404 for an unknown project or locale', async () => {
    const project = 'secure-borders-safe-migration'
    const url = `http://localhost/ka/projects/${project}/activities.csv`
    const response = await oneProject.GET(new NextRequest(url), context({ locale: 'ka', project }))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toMatch(`${project}-activities-ka-`)
    const unknown = context({ locale: 'ka', project: 'no-such-project' })
    expect((await oneProject.GET(new NextRequest(url), unknown)).status).toBe(404)
    expect((await allProjects.GET(new NextRequest(url), context({ locale: 'fr' }))).status).toBe(
      404,
    )
  })
})
