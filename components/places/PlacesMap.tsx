import { useId, type ReactNode } from 'react'
import { useTranslations } from 'next-intl'
import { BORDERS_PATH, GEORGIA_PATH, LAND_PATH, MAP_VIEW_BOX } from '@/lib/places/georgia-outline'
import { BADGE_RADIUS, type PlacedMarker } from '@/lib/places/markers'

/**
 * A map of Georgia with the page's places as numbered markers: an SVG drawn on the server (no
 * tiles, no script), its numbers matching the list beside it, under it the UN-style disclaimer and
 * the attribution. Its text alternative names every marked place.
 */
export function PlacesMap({
  markers,
  names,
  approximate,
  coordinateRefs,
}: {
  markers: PlacedMarker[]
  /** The name of each marked place, by its key. */
  names: Map<string, string>
  /** The keys of the places whose coordinates are a general position. */
  approximate: string[]
  /** The references to the pages the coordinates come from, when this page lists them. */
  coordinateRefs: ReactNode
}) {
  const t = useTranslations('Locations')
  const id = useId()
  if (markers.length === 0) return null
  const places = markers.map((marker) => `${marker.number} ${names.get(marker.key) ?? ''}`)
  const roughly = markers.filter((marker) => approximate.includes(marker.key))
  return (
    <figure className="places-map">
      <svg
        className="places-map__svg"
        viewBox={`0 0 ${MAP_VIEW_BOX.width} ${MAP_VIEW_BOX.height}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        <title id={`${id}-title`}>{t('mapTitle')}</title>
        <desc id={`${id}-desc`}>{t('mapDescription', { places: places.join('; ') })}</desc>
        <path className="places-map__land" d={LAND_PATH} />
        <path className="places-map__borders" d={BORDERS_PATH} />
        <path className="places-map__georgia" d={GEORGIA_PATH} />
        {/* Few attributes per marker: the page carries them twice (HTML and RSC payload). */}
        {markers.map((marker) => (
          <g key={marker.key} data-place={marker.key}>
            {(marker.labelX !== marker.x || marker.labelY !== marker.y) && (
              <path d={`M${marker.x},${marker.y}L${marker.labelX},${marker.labelY}`} />
            )}
            <circle cx={marker.labelX} cy={marker.labelY} r={BADGE_RADIUS} />
            <text x={marker.labelX} y={marker.labelY} dy=".35em">
              {marker.number}
            </text>
          </g>
        ))}
      </svg>
      <figcaption className="places-map__caption">
        <span className="places-map__screen-only">{t('mapCaption')}</span>{' '}
        {roughly.length > 0 && (
          <span className="places-map__screen-only">
            {t('mapApproximate', {
              numbers: roughly.map((marker) => marker.number).join(', '),
            })}{' '}
          </span>
        )}
        {coordinateRefs && (
          <>
            <span className="places-map__screen-only">
              {t('coordinates')}:{coordinateRefs}.
            </span>{' '}
          </>
        )}
        <span>{t('mapDisclaimer')}</span> <span>{t('mapAttribution')}</span>
      </figcaption>
    </figure>
  )
}
