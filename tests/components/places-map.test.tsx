import { writeFileSync } from 'node:fs'
import { cleanup, screen, within } from '@testing-library/react'
import { ActivityDetails } from '@/components/activity/ActivityDetails'
import { LocationsSection } from '@/components/donor/LocationsSection'
import { ProjectOverview } from '@/components/ProjectOverview'
import { buildSourceIndex } from '@/lib/content/facts'
import type { Location } from '@/lib/content/schemas'
import { GEORGIA_PATH, MAP_VIEW_BOX } from '@/lib/places/georgia-outline'
import { placeMarkers, project } from '@/lib/places/markers'
import en from '@/messages/en.json'
import ka from '@/messages/ka.json'
import { FIXTURE_SLUG } from '../fixtures/donor-project'
import { seedWithFixture } from '../support/iati'
import { renderIn } from '../support/render'

const repo = seedWithFixture()
const SLUG = 'secure-borders-safe-migration'
const none = buildSourceIndex([])

afterEach(cleanup)

function place(key: string, point: { lat: number; lng: number } | null): Location {
  return {
    key,
    name: { value: `Place ${key}`, lang: 'en' },
    description: null,
    point,
    pointSource: null,
    sources: [],
    exactness: null,
    reach: null,
    locationClass: null,
    featureDesignation: null,
  }
}

/** The map of the section rendered in `locale`, with its markers' numbers and the list's. */
async function overviewMap(locale: 'en' | 'ka') {
  const seed = (await repo.read('project', locale, SLUG))!
  const { container } = renderIn(locale, <ProjectOverview project={seed} />)
  const section = container.querySelector<HTMLElement>('section.locations')!
  const svg = section.querySelector('svg')!
  return { seed, container, section, svg }
}

describe('the map of places', () => {
  it('draws Georgia and one numbered marker per place with cited coordinates, none for the others', async () => {
    const { seed, section, svg } = await overviewMap('en')
    expect(svg).toHaveAttribute('role', 'img')
    expect(svg.querySelector('.places-map__georgia')).toHaveAttribute('d', GEORGIA_PATH)
    expect(GEORGIA_PATH.length).toBeGreaterThan(200)
    const withPoint = seed.locations.filter((location) => location.point)
    expect(withPoint.length).toBeGreaterThan(0)
    expect(withPoint.length).toBeLessThan(seed.locations.length)
    const markers = [...svg.querySelectorAll('[data-place]')]
    expect(markers.map((marker) => marker.getAttribute('data-place')).sort()).toEqual(
      withPoint.map((location) => location.key).sort(),
    )
    // The list: the same numbers on the same places; none on a place that is not drawn.
    for (const marker of markers) {
      const key = marker.getAttribute('data-place')!
      const name = seed.locations.find((location) => location.key === key)!.name.value
      const item = within(section).getByText(name).closest('li')!
      expect(item).toHaveAttribute('data-marker', marker.querySelector('text')!.textContent)
    }
    const unnumbered = [...section.querySelectorAll('.locations__list li:not([data-marker])')]
    expect(unnumbered).toHaveLength(seed.locations.length - withPoint.length)
    expect(screen.getByText(en.Locations.notOnMap)).toBeInTheDocument()
    // Its text alternative names the places it marks.
    expect(svg).toHaveAccessibleName(expect.stringContaining('1 Tbilisi International Airport'))
  })

  it('says under the map, in both languages, that it implies no endorsement, and whose data it is', async () => {
    for (const [locale, messages] of [
      ['en', en],
      ['ka', ka],
    ] as const) {
      const { section } = await overviewMap(locale)
      const caption = section.querySelector('figcaption')!
      expect(caption).toHaveTextContent(messages.Locations.mapDisclaimer)
      expect(caption).toHaveTextContent(messages.Locations.mapAttribution)
      // The overview leaves the pages the coordinates come from to "About this data".
      expect(caption.querySelectorAll('.source-refs a')).toHaveLength(0)
      expect(caption).not.toHaveTextContent(`${messages.Locations.coordinates}:`)
      cleanup()
    }
    expect(en.Locations.mapDisclaimer).toMatch(/do not imply official endorsement/)
    expect(ka.Locations.mapDisclaimer).not.toEqual(en.Locations.mapDisclaimer)
  })

  it('keeps every marker and badge inside the view box', async () => {
    const { svg } = await overviewMap('en')
    for (const circle of svg.querySelectorAll('circle')) {
      const x = Number(circle.getAttribute('cx'))
      const y = Number(circle.getAttribute('cy'))
      expect(x).toBeGreaterThanOrEqual(0)
      expect(x).toBeLessThanOrEqual(MAP_VIEW_BOX.width)
      expect(y).toBeGreaterThanOrEqual(0)
      expect(y).toBeLessThanOrEqual(MAP_VIEW_BOX.height)
    }
    // No two badges overlap, even where places are a few kilometres apart (Batumi, Sarpi).
    const badges = [...svg.querySelectorAll('g circle')].map((badge) => [
      Number(badge.getAttribute('cx')),
      Number(badge.getAttribute('cy')),
    ])
    for (const [i, [ax, ay]] of badges.entries()) {
      for (const [bx, by] of badges.slice(i + 1)) {
        expect(Math.hypot(ax! - bx!, ay! - by!)).toBeGreaterThan(18)
      }
    }
  })

  it('gives no marker to coordinates outside Georgia’s frame or not numbers at all', () => {
    expect(project({ lat: 41.7, lng: 44.8 })).not.toBeNull()
    expect(project({ lat: 48.85, lng: 2.35 })).toBeNull() // Paris
    expect(project({ lat: 44.8, lng: 41.7 })).toBeNull() // latitude and longitude swapped
    expect(project({ lat: Number.NaN, lng: 44.8 })).toBeNull()
    const markers = placeMarkers([
      place('a', { lat: 48.85, lng: 2.35 }),
      place('b', null),
      place('c', { lat: 41.7, lng: 44.8 }),
    ])
    expect(markers.map((marker) => [marker.key, marker.number])).toEqual([['c', 1]])
  })

  it('draws no map where no place has coordinates, and no section where there is no place', () => {
    const { container } = renderIn(
      'en',
      <LocationsSection locations={[place('a', null), place('b', null)]} sources={none} />,
    )
    expect(container.querySelector('svg')).toBeNull()
    expect(container.querySelectorAll('li')).toHaveLength(2)
    cleanup()
    const empty = renderIn('en', <LocationsSection locations={[]} sources={none} />)
    expect(empty.container).toBeEmptyDOMElement()
  })

  it('is on an activity page with places of its own, and not on one without', async () => {
    const without = (await repo.read('activity', 'en', SLUG, 'border-police-hr-policy'))!
    expect(without.locations).toHaveLength(0)
    const { container } = renderIn('en', <ActivityDetails activity={without} />)
    expect(container.querySelector('.places-map')).toBeNull()
    cleanup()
    const own = (await repo.read('activity', 'en', FIXTURE_SLUG, 'fixture-training'))!
    renderIn('en', <ActivityDetails activity={own} />)
    const map = screen.getByRole('img', { name: /Map of Georgia/ })
    expect(map.querySelectorAll('[data-place]')).toHaveLength(own.locations.length)
    expect(screen.getByText(/Approximate positions/)).toHaveTextContent(/: 1\.$/)
  })

  it('weighs little in the page', async () => {
    const { svg } = await overviewMap('en')
    const html = svg.closest('figure')!.outerHTML
    if (process.env.PLACES_MAP_HTML) writeFileSync(process.env.PLACES_MAP_HTML, html)
    const { gzipSync } = await import('node:zlib')
    expect(gzipSync(html).length).toBeLessThan(6_000)
  })
})
