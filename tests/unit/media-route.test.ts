/**
 * @jest-environment node
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import type * as RouteModule from '@/app/media/[file]/route'
import { exportedImageName, writeExportArchive } from '../support/export-archive'

jest.mock('next/headers', () => ({ draftMode: async () => ({ isEnabled: false }) }))
jest.mock('next/cache', () => ({ unstable_cache: (read: () => unknown) => read }))

type Route = typeof RouteModule
const context = (file: string) => ({ params: Promise.resolve({ file }) })

let name: string
let archive: string

beforeAll(async () => {
  const photo = await sharp({ create: { width: 30, height: 20, channels: 3, background: '#777' } })
    .withExif({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '41/1 43/1 0/1' } })
    .jpeg()
    .toBuffer()
  name = await exportedImageName(photo)
  archive = path.join(mkdtempSync(path.join(tmpdir(), 'media-route-')), 'export.tar.gz')
  await writeExportArchive({ documents: [], images: [{ name, buffer: photo }] }, archive)
})

const saved = { ...process.env }
afterEach(() => {
  process.env = { ...saved }
})

/** The route module as a server configured with `env` loads it (the env stays until the test ends). */
function routeWith(env: Record<string, string | undefined>): Route {
  Object.assign(process.env, env)
  let route: Route | undefined
  jest.isolateModules(() => {
    route = jest.requireActual<Route>('@/app/media/[file]/route')
  })
  return route!
}

const file = () => `image-${name.replace(/\.jpg$/, '')}-jpg.jpg`

it('serves an image of the embedded archive, without its GPS position', async () => {
  const route = routeWith({ CONTENT_DATASET_PATH: archive, NEXT_PUBLIC_SANITY_PROJECT_ID: '' })
  const response = await route.GET(new Request(`http://localhost/media/${file()}`), context(file()))
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toBe('image/jpeg')
  expect((await sharp(Buffer.from(await response.arrayBuffer())).metadata()).exif).toBeUndefined()
})

it('refuses other methods with Allow: GET, HEAD', () => {
  const route = routeWith({ CONTENT_DATASET_PATH: archive })
  const response = route.POST()
  expect(response.status).toBe(405)
  expect(response.headers.get('allow')).toBe('GET, HEAD')
})

it('answers 404 with the Content Lake, whose images come from its CDN', async () => {
  const route = routeWith({
    CONTENT_DATASET_PATH: archive,
    NEXT_PUBLIC_SANITY_PROJECT_ID: 'abc123',
  })
  const response = await route.GET(new Request(`http://localhost/media/${file()}`), context(file()))
  expect(response.status).toBe(404)
})
