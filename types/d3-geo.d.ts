// d3-geo 3 ships no types: the part of its API the portal uses (a Mercator projection and the
// path generator of scripts/build-georgia-map.mjs), as its README documents it.
declare module 'd3-geo' {
  type Point = [number, number]
  interface GeoProjection {
    (point: Point): Point | null
    scale(): number
    scale(scale: number): GeoProjection
    translate(): Point
    translate(point: Point): GeoProjection
    fitExtent(extent: [Point, Point], object: unknown): GeoProjection
    clipExtent(extent: [Point, Point] | null): GeoProjection
  }
  interface GeoPath {
    (object: unknown): string | null
    digits(digits: number): GeoPath
  }
  export function geoMercator(): GeoProjection
  export function geoPath(projection?: GeoProjection): GeoPath
  export function geoContains(object: unknown, point: Point): boolean
}
