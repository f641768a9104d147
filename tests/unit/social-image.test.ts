/**
 * @jest-environment node
 */
import { createTranslator } from 'next-intl'
import { messages } from '@/lib/i18n/messages'
import type { Locale } from '@/lib/i18n/routing'
import * as projectImage from '@/app/[locale]/projects/[project]/social-image.png/route'
import * as siteImage from '@/app/[locale]/social-image.png/route'
import { socialImageAlt, socialImageResponse } from '@/lib/social-image/response'

// Outside a request: published content from the embedded dataset, read without Next's cache.
jest.mock('next/headers', () => ({ draftMode: async () => ({ isEnabled: false }) }))
jest.mock('next/cache', () => ({ unstable_cache: (read: () => unknown) => read }))
jest.mock('next-intl/server', () => ({
  getTranslations: async ({ locale, namespace }: { locale: Locale; namespace: 'Metadata' }) =>
    createTranslator({ locale, messages: messages[locale], namespace }),
}))

const PROJECT = 'secure-borders-safe-migration'
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
const request = new Request('http://localhost/')
const context = <P extends { locale: string }>(params: P) => ({ params: Promise.resolve(params) })

/** The PNG's bytes, after checking its signature and its size (IHDR: width, height). */
async function pngOf(response: Response): Promise<Buffer> {
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toBe('image/png')
  const bytes = Buffer.from(await response.arrayBuffer())
  expect(bytes.subarray(0, 8)).toEqual(PNG_SIGNATURE)
  expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630])
  return bytes
}

describe('the social preview images', () => {
  it('draws a project’s image as a 1200×630 PNG in both languages', async () => {
    for (const locale of ['ka', 'en']) {
      const response = await projectImage.GET(request, context({ locale, project: PROJECT }))
      // Sent with the page's caching, not next/og's own max-age=0.
      expect(response.headers.get('cache-control')).toBeNull()
      await pngOf(response)
    }
    await pngOf(await siteImage.GET(request, context({ locale: 'en' })))
  }, 60_000)

  it('draws Georgian letters (a font with Georgian glyphs is loaded)', async () => {
    const draw = async (title: string) =>
      pngOf(await socialImageResponse('ka', { title, context: null }))
    // Without the glyphs, both titles would render as the same blank or missing-glyph boxes.
    expect((await draw('ააააა')).equals(await draw('ბბბბბ'))).toBe(false)
  }, 60_000)

  it('answers 404, and nothing to cache, for an unknown project or language', async () => {
    for (const params of [
      { locale: 'en', project: 'no-such-project' },
      { locale: 'en', project: 'Not A Slug' },
      { locale: 'fr', project: PROJECT },
    ]) {
      const response = await projectImage.GET(request, context(params))
      expect(response.status).toBe(404)
      expect(response.headers.get('cache-control')).toBe('no-store')
    }
    expect((await siteImage.GET(request, context({ locale: 'de' }))).status).toBe(404)
  })

  it('describes what the image says, in the page’s language', async () => {
    expect(await socialImageAlt('en', 'Title')).toMatch(
      /^Title — International Organization for Migration(\. Funded by the European Union)?$/,
    )
    expect(await socialImageAlt('ka', 'სათაური')).toMatch(
      /^სათაური — მიგრაციის საერთაშორისო ორგანიზაცია/,
    )
  })
})
