import { imageOrigin } from '@/lib/content/image-origin'
import { buildImageFields, type Clock } from '@/lib/content/schemas/image'
import { resetSkippedLog } from '@/lib/content/schemas/validate'

const at =
  (iso: string): Clock =>
  () =>
    new Date(iso)
const clock = at('2026-06-15T12:00:00Z')

/** A raw image as the query returns it (no photo: only its metadata). */
function rawImage(overrides: Record<string, unknown> = {}) {
  return {
    key: 'k1',
    asset: {
      _id: 'image-0123456789abcdef0123456789abcdef01234567-1200x800-jpg',
      url: '/media/image-0123456789abcdef0123456789abcdef01234567-1200x800-jpg.jpg',
      mimeType: 'image/jpeg',
      metadata: { dimensions: { width: 1200, height: 800 }, lqip: 'data:image/jpeg;base64,AAAA' },
    },
    hotspot: { x: 0.5, y: 0.4, width: 0.3, height: 0.3 },
    crop: null,
    alt: { ka: 'ტრენინგი თბილისში', en: 'A training in Tbilisi' },
    decorative: false,
    caption: { en: 'The first session' },
    credit: 'IOM Georgia',
    rights: { consent: 'consented', licence: '© IOM', expires: null },
    ...overrides,
  }
}

let warn: jest.SpyInstance
beforeEach(() => {
  resetSkippedLog()
  warn = jest.spyOn(console, 'warn').mockImplementation(() => {})
})
afterEach(() => warn.mockRestore())

describe('an image for one page language', () => {
  it('resolves alt and caption per language, falling back like every localised field', () => {
    const ka = buildImageFields('ka', clock).image.parse(rawImage())
    const en = buildImageFields('en', clock).image.parse(rawImage())
    expect(ka?.alt).toEqual({ value: 'ტრენინგი თბილისში', lang: 'ka' })
    expect(en?.alt).toEqual({ value: 'A training in Tbilisi', lang: 'en' })
    // The caption is written in English only: the Georgian page shows it marked as English.
    expect(ka?.caption).toEqual({ value: 'The first session', lang: 'en' })
    expect(en).toMatchObject({
      width: 1200,
      height: 800,
      credit: 'IOM Georgia',
      mimeType: 'image/jpeg',
    })
  })

  it('is left out (and logged) without an alt text unless decorative; a decorative one has none', () => {
    const fields = buildImageFields('en', clock)
    expect(fields.image.parse(rawImage({ alt: { ka: ' ', en: '' } }))).toBeNull()
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('no alternative text'))
    const decorative = fields.image.parse(rawImage({ alt: null, decorative: true }))
    expect(decorative).toMatchObject({ alt: null, width: 1200 })
    expect(fields.image.parse(rawImage({ decorative: true }))?.alt).toBeNull()
  })

  it('is left out without an asset, its dimensions or recorded rights', () => {
    const fields = buildImageFields('en', clock)
    expect(fields.image.parse(rawImage({ asset: null }))).toBeNull()
    const noSize = { ...rawImage().asset, metadata: { dimensions: null, lqip: null } }
    expect(fields.image.parse(rawImage({ asset: noSize }))).toBeNull()
    expect(fields.image.parse(rawImage({ rights: null }))).toBeNull()
    expect(
      fields.image.parse(rawImage({ rights: { consent: 'consented', licence: ' ' } })),
    ).toBeNull()
    expect(warn).toHaveBeenCalledTimes(4)
  })

  it('is shown until its expiry date, inclusive, and not after it', () => {
    const expiring = rawImage({
      rights: { consent: 'noIdentifiablePeople', licence: 'CC BY 4.0', expires: '2026-06-15' },
    })
    expect(buildImageFields('en', at('2026-06-15T23:59:00Z')).image.parse(expiring)).not.toBeNull()
    expect(buildImageFields('en', at('2026-06-16T00:00:00Z')).image.parse(expiring)).toBeNull()
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('expired'))
  })

  it('keeps the valid images of a gallery and drops a broken one', () => {
    const gallery = buildImageFields('en', clock).images.parse([
      rawImage({ key: 'a' }),
      rawImage({ key: 'b', asset: null }),
      null,
      rawImage({ key: 'c' }),
    ])
    expect(gallery.map((image) => image.key)).toEqual(['a', 'c'])
    expect(buildImageFields('en', clock).images.parse(null)).toEqual([])
  })

  it('drops a placeholder that is not a small inline raster image', () => {
    const image = rawImage()
    image.asset.metadata.lqip = 'data:image/svg+xml;base64,PHN2Zz4='
    expect(buildImageFields('en', clock).image.parse(image)?.lqip).toBeNull()
  })
})

describe('the address of an image', () => {
  it.each([
    ['https://cdn.sanity.io/images/abc123/production/0123abcd-1200x800.jpg', 'cdn'],
    ['/media/image-0123abcd-1200x800-jpg.jpg', 'local'],
    ['/media/image-0123abcd-10x10-svg.svg', 'local'],
  ])('%s is served (%s)', (url, origin) => {
    expect(imageOrigin(url)).toBe(origin)
  })

  it.each([
    'javascript:alert(1)',
    'data:image/png;base64,AAAA',
    'https://example.org/photo.jpg',
    'http://cdn.sanity.io/images/abc123/production/0123abcd-1200x800.jpg',
    'https://cdn.sanity.io.evil.example/images/abc123/production/a-1x1.jpg',
    'https://cdn.sanity.io/images/abc123/production/a-1x1.jpg?w=10',
    '//evil.example/media/a.jpg',
    '/media/../etc/passwd',
    '/media/a/b.jpg',
  ])('%s is refused', (url) => {
    expect(imageOrigin(url)).toBeNull()
  })

  it('leaves out an image whose asset is at an address it refuses', () => {
    const image = rawImage()
    image.asset.url = 'javascript:alert(1)'
    expect(buildImageFields('en', clock).image.parse(image)).toBeNull()
  })
})
