/**
 * Where a page's places go on the map of Georgia: each place with cited coordinates is projected
 * with the projection the outline was drawn with (lib/places/georgia-outline.ts), numbered in the
 * order the page lists it, and given a badge placed so that no two badges overlap.
 */
import { geoMercator } from 'd3-geo'
import { MAP_PROJECTION, MAP_VIEW_BOX } from './georgia-outline'

export type Coordinates = { lat: number; lng: number }
export type PlacedMarker = {
  key: string
  number: number
  /** The place itself. */
  x: number
  y: number
  /** The numbered badge: on the place, or beside it when another badge is there. */
  labelX: number
  labelY: number
}

/** The badge's radius in view-box units (the SVG is drawn at about its view box's size). */
export const BADGE_RADIUS = 10

/** Module-level: one projection for every page. */
const projection = geoMercator()
  .scale(MAP_PROJECTION.scale)
  .translate([MAP_PROJECTION.translate[0], MAP_PROJECTION.translate[1]])

/** A point in the view box, or null when it falls outside it (a typo, or a place abroad). */
export function project(point: Coordinates): { x: number; y: number } | null {
  if (!Number.isFinite(point.lat) || !Number.isFinite(point.lng)) return null
  if (Math.abs(point.lat) > 85 || Math.abs(point.lng) > 180) return null
  const projected = projection([point.lng, point.lat])
  if (!projected) return null
  const [x, y] = projected
  const inside = x >= 0 && y >= 0 && x <= MAP_VIEW_BOX.width && y <= MAP_VIEW_BOX.height
  return inside ? { x, y } : null
}

/** Where a badge may go, nearest first: on the place, then around it at two distances. */
const OFFSETS: [number, number][] = [[0, 0]]
for (const distance of [2.4 * BADGE_RADIUS, 4.4 * BADGE_RADIUS]) {
  for (let step = 0; step < 8; step++) {
    const angle = (step * Math.PI) / 4
    OFFSETS.push([Math.cos(angle) * distance, Math.sin(angle) * distance])
  }
}

function fits(x: number, y: number, taken: { labelX: number; labelY: number }[]): boolean {
  const r = BADGE_RADIUS
  const inFrame = x >= r && y >= r && x <= MAP_VIEW_BOX.width - r && y <= MAP_VIEW_BOX.height - r
  return (
    inFrame && taken.every((other) => Math.hypot(other.labelX - x, other.labelY - y) > 2 * r + 1)
  )
}

/**
 * The markers of the places with coordinates on the map, numbered 1, 2, 3… in the given order
 * (the order the page lists them); places without coordinates, or outside the map, get none.
 */
export function placeMarkers(places: { key: string; point: Coordinates | null }[]): PlacedMarker[] {
  const markers: PlacedMarker[] = []
  for (const place of places) {
    const at = place.point ? project(place.point) : null
    if (!at) continue
    const offset = OFFSETS.find(([dx, dy]) => fits(at.x + dx, at.y + dy, markers)) ?? [0, 0]
    markers.push({
      key: place.key,
      number: markers.length + 1,
      x: round(at.x),
      y: round(at.y),
      labelX: round(at.x + offset[0]),
      labelY: round(at.y + offset[1]),
    })
  }
  return markers
}

/** One decimal is a tenth of a view-box unit: finer than any screen shows, and short HTML. */
function round(value: number): number {
  return Math.round(value * 10) / 10
}
