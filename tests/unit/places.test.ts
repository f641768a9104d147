import { FEATURE_DESIGNATION_VALUES } from '@/lib/content/donor-vocabulary'
import { locationSchema } from '@/lib/content/schemas/places'
import { embeddedRepository } from '../support/repository'
import { loadSeed, type SeedDocument } from '../support/seed'
import { validateWithStudioRules } from '../support/validate'

const seed = loadSeed()
const repo = embeddedRepository()
const SLUG = 'secure-borders-safe-migration'

const source = {
  id: 'source.x',
  title: 'A gazetteer',
  url: 'https://example.org/place',
  publisher: { en: 'Example', ka: 'მაგალითი' },
  kind: 'official',
  language: 'en',
  seen: '2026-12-03',
  quote: '41.7°N 44.8°E',
}
const location = {
  key: 'a',
  name: { en: 'A place', ka: 'ადგილი' },
  point: { lat: 41.7, lng: 44.8 },
  pointSource: source,
  sources: [],
}

describe('a place as the site reads it', () => {
  const parse = (value: object) => locationSchema('en').safeParse(value)

  it('accepts IATI codes of exactness, reach, class and feature designation', () => {
    const parsed = parse({
      ...location,
      exactness: '2',
      reach: '1',
      locationClass: '3',
      featureDesignation: 'PSTB',
    })
    expect(parsed.success && parsed.data).toMatchObject({
      point: { lat: 41.7, lng: 44.8 },
      pointSource: { url: 'https://example.org/place' },
      exactness: '2',
      featureDesignation: 'PSTB',
    })
  })

  it.each([
    ['exactness', '3'],
    ['reach', '0'],
    ['locationClass', '5'],
    ['featureDesignation', 'AIRPORT'],
  ])('refuses %s %p, which is no IATI code', (field, value) => {
    expect(parse({ ...location, [field]: value }).success).toBe(false)
  })

  it('publishes coordinates only with the page they come from', () => {
    const parsed = parse({ ...location, pointSource: null })
    expect(parsed.success && parsed.data.point).toBeNull()
    const broken = parse({ ...location, pointSource: { ...source, url: 'javascript:alert(1)' } })
    expect(broken.success && broken.data.point).toBeNull()
  })

  it('names only LocationType codes that are GeoNames feature codes (four or five capitals)', () => {
    for (const code of FEATURE_DESIGNATION_VALUES) expect(code).toMatch(/^[A-Z]{3,5}\d?$/)
  })
})

describe('the places in the seed', () => {
  it('give coordinates only with a cited page whose quote states them', async () => {
    const project = (await repo.read('project', 'en', SLUG))!
    const drawn = project.locations.filter((place) => place.point)
    expect(drawn.length).toBeGreaterThanOrEqual(5)
    for (const place of drawn) {
      const quote = place.pointSource?.quote ?? ''
      expect(quote).toContain(String(place.point!.lat))
      expect(quote).toContain(String(place.point!.lng))
      expect(place.exactness).not.toBeNull()
      expect(place.pointSource?.seen).toBe('2026-12-03')
    }
    // A town's or a crossing's general position is approximate; an airport's own is exact.
    const exactness = Object.fromEntries(drawn.map((place) => [place.key, place.exactness]))
    expect(exactness).toMatchObject({ 'tbilisi-airport': '1', sarpi: '2', lagodekhi: '2' })
    expect(exactness['mobility-centre-tbilisi']).toBe('2')
  })

  it('keep places without a citable position as names only, and classify by kind of place', async () => {
    const project = (await repo.read('project', 'en', SLUG))!
    const byKey = new Map(project.locations.map((place) => [place.key, place]))
    expect(byKey.get('larsi')).toMatchObject({ point: null, featureDesignation: 'PSTB' })
    expect(byKey.get('tbilisi-airport')).toMatchObject({
      locationClass: '3',
      featureDesignation: 'AIRP',
      reach: '1',
    })
    expect(byKey.get('green-border-turkiye')).toMatchObject({ point: null, locationClass: '4' })
  })

  it('pass the Studio’s rules, which refuse coordinates without their page', async () => {
    const project = seed.find((doc) => doc._id === `project.${SLUG}`)!
    expect(await validateWithStudioRules(project, seed)).toEqual([])
    const locations = (project.locations as SeedDocument[]).map((place) => {
      const { pointSource: _dropped, ...rest } = place
      return rest
    })
    const errors = await validateWithStudioRules({ ...project, locations }, seed)
    expect(errors.join('\n')).toMatch(/Coordinates need the page they come from/)
  })
})
