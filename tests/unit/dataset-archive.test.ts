import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { extract } from 'tar'
import { createEmbeddedBackend, embeddedAsset } from '@/lib/content/backends/embedded'
import { mediaResponse, SVG_POLICY } from '@/lib/media/embedded-media'
import { writeEmbeddedDataset } from '@/scripts/content-export'
import { exportedImage, exportedImageName, writeExportArchive } from '../support/export-archive'

/** A photo as phones write it: EXIF with where it was taken. */
async function photoWithGps() {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: '#3a7' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'Test camera', Copyright: 'Test' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '41/1 43/1 0/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '44/1 47/1 0/1',
      },
    })
    .toBuffer()
}

const SVG = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><script>alert(1)</script><rect width="40" height="20"/></svg>',
)

const ACTIVITY = 'activity.with-photo'
const QUERY = `*[_id == $id][0]{ _id, title, mainImage{ alt, asset->{ _id, url, mimeType, metadata{ dimensions, lqip } } } }`

let archive: string
let photoName: string
let svgName: string
const lookup = (id: string) => embeddedAsset(archive, id)
const warn = jest.spyOn(console, 'warn').mockImplementation(() => {})
const warned = (pattern: RegExp) => warn.mock.calls.filter(([line]) => pattern.test(String(line)))

beforeAll(async () => {
  const photo = await photoWithGps()
  photoName = await exportedImageName(photo)
  svgName = await exportedImageName(SVG)
  archive = path.join(mkdtempSync(path.join(tmpdir(), 'archive-test-')), 'export.tar.gz')
  await writeExportArchive(
    {
      documents: [
        {
          _id: ACTIVITY,
          _type: 'activity',
          title: { en: 'With a photo' },
          mainImage: exportedImage(photoName, { alt: { ka: 'ფოტო', en: 'A photo' } }),
        },
        {
          _id: 'activity.lost-photo',
          _type: 'activity',
          title: { en: 'Its photo is missing' },
          mainImage: exportedImage('0000000000000000000000000000000000000000-10x10.png', {
            alt: { ka: 'ფოტო', en: 'Lost' },
          }),
        },
        {
          _id: 'activity.odd-placeholders',
          _type: 'activity',
          title: { en: 'Odd placeholders' },
          gallery: [
            exportedImage('%E0.png', { _key: 'a' }),
            { _key: 'b', _sanityAsset: 'image@https://example.org/remote.png' },
            { _key: 'c', _sanityAsset: 'image@file://./../../etc/passwd' },
          ],
        },
        { _id: 'drafts.activity.draft', _type: 'activity', title: { en: 'Draft' } },
      ],
      // What the exporter keeps of an asset beside its file; the URL is the portal's own.
      assets: {
        [`image-${photoName.split('-')[0]}`]: {
          creditLine: 'Test credit',
          url: 'https://x.test/a.jpg',
        },
      },
      images: [
        { name: photoName, buffer: photo },
        { name: svgName, buffer: SVG },
        { name: 'broken-1x1.png', buffer: Buffer.from('not a png') },
      ],
    },
    archive,
  )
})

it('writes what sanity dataset export writes: data.ndjson, assets.json and images in one folder', async () => {
  const out = mkdtempSync(path.join(tmpdir(), 'archive-list-'))
  await extract({ file: archive, cwd: out })
  const [folder] = readdirSync(out)
  expect(readdirSync(path.join(out, folder!)).sort()).toEqual([
    'assets.json',
    'data.ndjson',
    'files',
    'images',
  ])
})

describe('the embedded backend on an export archive', () => {
  const backend = () => createEmbeddedBackend(archive)

  it('answers GROQ with the image field referencing a synthesised asset document', async () => {
    const activity = await backend().fetch(QUERY, { id: ACTIVITY })
    const sha1 = photoName.split('-')[0]
    expect(activity).toEqual({
      _id: ACTIVITY,
      title: { en: 'With a photo' },
      mainImage: {
        alt: { ka: 'ფოტო', en: 'A photo' },
        asset: {
          _id: `image-${sha1}-64x48-jpg`,
          url: `/media/image-${sha1}-64x48-jpg.jpg`,
          mimeType: 'image/jpeg',
          metadata: {
            dimensions: {
              _type: 'sanity.imageDimensions',
              width: 64,
              height: 48,
              aspectRatio: 64 / 48,
            },
            lqip: expect.stringMatching(/^data:image\/jpeg;base64,[A-Za-z0-9+/=]+$/),
          },
        },
      },
    })
  })

  it('leaves out placeholders that name no file of the dataset (remote, outside, malformed)', async () => {
    const activity = await backend().fetch('*[_id == $id][0]{title, gallery}', {
      id: 'activity.odd-placeholders',
    })
    // Like a failed upload in @sanity/import: each item keeps its other values, no asset.
    expect(activity).toEqual({
      title: { en: 'Odd placeholders' },
      gallery: [{ _type: 'image', _key: 'a' }, { _key: 'b' }, { _key: 'c' }],
    })
  })

  it('adds what assets.json holds to the asset document, but not its address', async () => {
    const sha1 = photoName.split('-')[0]
    const asset = await backend().fetch('*[_id == $id][0]{creditLine, url}', {
      id: `image-${sha1}-64x48-jpg`,
    })
    expect(asset).toEqual({ creditLine: 'Test credit', url: `/media/image-${sha1}-64x48-jpg.jpg` })
  })

  it('keeps a document whose image file is missing, without the image', async () => {
    const activity = await backend().fetch(QUERY, { id: 'activity.lost-photo' })
    expect(activity).toEqual({
      _id: 'activity.lost-photo',
      title: { en: 'Its photo is missing' },
      mainImage: { alt: { ka: 'ფოტო', en: 'Lost' }, asset: null },
    })
    await backend().fetch(QUERY, { id: 'activity.lost-photo' })
    expect(warned(/activity\.lost-photo: asset image@file:.* is not in the dataset/)).toHaveLength(
      1,
    )
  })

  it('leaves out corrupt files and drafts, and holds the SVG as an image asset', async () => {
    const assets = await backend().fetch('*[_type == "sanity.imageAsset"]{mimeType}', {})
    expect(assets).toEqual(
      expect.arrayContaining([{ mimeType: 'image/jpeg' }, { mimeType: 'image/svg+xml' }]),
    )
    expect(assets).toHaveLength(2)
    expect(warned(/broken-1x1\.png left out/).length).toBeGreaterThan(0)
    expect(await backend().fetch('count(*[_id in path("drafts.**")])', {})).toBe(0)
  })
})

describe('/media/<asset id>.<ext> on the embedded dataset', () => {
  const photoId = () => `image-${photoName.replace(/\.jpg$/, '')}-jpg`

  it('serves the photo re-encoded, without EXIF or GPS, for good', async () => {
    const original = await sharp(await photoWithGps()).metadata()
    expect(original.exif).toBeDefined()
    const response = await mediaResponse(`${photoId()}.jpg`, lookup)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/jpeg')
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    const served = await sharp(Buffer.from(await response.arrayBuffer())).metadata()
    expect(served).toMatchObject({ format: 'jpeg', width: 64, height: 48 })
    expect(served.exif).toBeUndefined()
    expect(served.xmp).toBeUndefined()
    expect(served.iptc).toBeUndefined()
  })

  it('serves SVG as it is, sandboxed, never as a page', async () => {
    const id = `image-${svgName.replace(/\.svg$/, '')}-svg`
    const response = await mediaResponse(`${id}.svg`, lookup)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/svg+xml')
    expect(response.headers.get('content-security-policy')).toBe(SVG_POLICY)
    expect(SVG_POLICY).toBe("default-src 'none'; style-src 'unsafe-inline'; sandbox")
    expect(response.headers.get('content-disposition')).toMatch(/^inline;/)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it.each([
    ['an unknown asset', 'image-1111111111111111111111111111111111111111-64x48-jpg.jpg'],
    ['the wrong extension', () => `${photoId()}.png`],
    ['no extension', () => photoId()],
    ['a path', '..%2F..%2Fetc%2Fpasswd'],
    ['a traversal', '../../../../etc/passwd'],
    ['a traversal in the id', 'image-../../x-1x1-png.png'],
    ['the missing file', 'image-0000000000000000000000000000000000000000-10x10-png.png'],
  ])('answers 404 for %s', async (_what, name) => {
    const response = await mediaResponse(typeof name === 'function' ? name() : name, lookup)
    expect(response.status).toBe(404)
  })
})

it('reads the same dataset from the archive unpacked', async () => {
  const out = mkdtempSync(path.join(tmpdir(), 'archive-dir-'))
  await extract({ file: archive, cwd: out })
  const activity = await createEmbeddedBackend(out).fetch(QUERY, { id: ACTIVITY })
  expect(activity).toMatchObject({ mainImage: { asset: { mimeType: 'image/jpeg' } } })
})

it('content:pull keeps an export with assets as the archive itself when the target is one', async () => {
  const target = path.join(mkdtempSync(path.join(tmpdir(), 'archive-pull-')), 'dataset.tar.gz')
  const summary = await writeEmbeddedDataset(archive, target)
  expect(summary).toMatchObject({ kept: 3, skipped: 1, byType: { activity: 3 } })
  expect(readFileSync(target).equals(readFileSync(archive))).toBe(true)
  expect(existsSync(`${target}.pull.tar.gz`)).toBe(false)
  const activity = await createEmbeddedBackend(target).fetch(QUERY, { id: ACTIVITY })
  expect(activity).toMatchObject({ mainImage: { asset: { mimeType: 'image/jpeg' } } })
})
