/**
 * @jest-environment node
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createTranslator } from 'next-intl'
import { NextRequest } from 'next/server'
import { messages } from '@/lib/i18n/messages'
import type { Locale } from '@/lib/i18n/routing'
import * as iati from '@/app/api/iati/[project]/route'
import * as csv from '@/app/[locale]/projects/[project]/activities.csv/route'
import { loadSeed, toNdjson } from '../support/seed'

// Outside a request: published content, read without Next's cache.
jest.mock('next/headers', () => ({ draftMode: async () => ({ isEnabled: false }) }))
jest.mock('next/cache', () => ({ unstable_cache: (read: () => unknown) => read }))
jest.mock('next-intl/server', () => ({
  getTranslations: async ({ locale, namespace }: { locale: Locale; namespace: 'Csv' }) =>
    createTranslator({ locale, messages: messages[locale], namespace }),
}))

const CURRENT = 'secure-borders-safe-migration'
const OLD = 'secure-borders-old-name'

// The seed with its project renamed: its earlier slug is kept, as the Studio's publish action does.
// The backend is created on first use, after this.
const dataset = path.join(mkdtempSync(path.join(tmpdir(), 'renamed-')), 'dataset.ndjson')
writeFileSync(
  dataset,
  toNdjson(
    loadSeed().map((doc) => (doc._type === 'project' ? { ...doc, previousSlugs: [OLD] } : doc)),
  ),
)
process.env.CONTENT_DATASET_PATH = dataset

describe('a renamed project’s export addresses', () => {
  it('redirect its IATI file permanently to the current address', async () => {
    const request = new Request(`http://localhost/api/iati/${OLD}`)
    const response = await iati.GET(request, { params: Promise.resolve({ project: OLD }) })
    expect(response.status).toBe(308)
    expect(response.headers.get('location')).toBe(`/api/iati/${CURRENT}`)
    const current = await iati.GET(new Request(`http://localhost/api/iati/${CURRENT}`), {
      params: Promise.resolve({ project: CURRENT }),
    })
    expect(current.status).toBe(200)
    const unknown = await iati.GET(new Request('http://localhost/api/iati/no-such-project'), {
      params: Promise.resolve({ project: 'no-such-project' }),
    })
    expect(unknown.status).toBe(404)
  })

  it('redirect its CSV permanently, keeping the language and the filters', async () => {
    for (const locale of ['ka', 'en'] as const) {
      const url = `http://localhost/${locale}/projects/${OLD}/activities.csv?status=completed&lang=both`
      const response = await csv.GET(new NextRequest(url), {
        params: Promise.resolve({ locale, project: OLD }),
      })
      expect(response.status).toBe(308)
      expect(response.headers.get('location')).toBe(
        `/${locale}/projects/${CURRENT}/activities.csv?status=completed&lang=both`,
      )
    }
    const current = await csv.GET(
      new NextRequest(`http://localhost/en/projects/${CURRENT}/activities.csv`),
      { params: Promise.resolve({ locale: 'en', project: CURRENT }) },
    )
    expect(current.status).toBe(200)
  })
})
