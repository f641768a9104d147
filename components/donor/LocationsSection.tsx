import { useTranslations } from 'next-intl'
import type { Location } from '@/lib/content/schemas'
import type { SourceIndex } from '@/lib/content/facts'
import { placeMarkers } from '@/lib/places/markers'
import { LocalizedText } from '../LocalizedText'
import { PlacesMap } from '../places/PlacesMap'
import { SourceRefs } from './SourceRefs'

/** Places where the same thing happened, on the same sources: said once, then the places. */
export type PlaceGroup = { key: string; what: Location['description']; places: Location[] }

/**
 * Groups places by what happened there and what says so, in the order they are recorded: ten
 * border points that received the same equipment read as one sentence and ten names, not ten
 * copies of the sentence.
 */
export function groupByWhatHappened(locations: Location[]): PlaceGroup[] {
  const groups = new Map<string, PlaceGroup>()
  for (const location of locations) {
    const sourceIds = location.sources.map((source) => source.id).join(' ')
    const key = `${location.description?.lang ?? ''}:${location.description?.value ?? ''}|${sourceIds}`
    const group = groups.get(key) ?? { key: location.key, what: location.description, places: [] }
    group.places.push(location)
    groups.set(key, group)
  }
  return [...groups.values()]
}

/**
 * Where the project or the activity works: a map of the places with cited coordinates (numbered,
 * the sources of the coordinates under it), then what happened, with its sources, and the places
 * it happened at, each drawn one with its number; nothing where no place is recorded.
 */
export function LocationsSection({
  locations,
  sources,
}: {
  locations: Location[]
  sources: SourceIndex
}) {
  const t = useTranslations('Locations')
  if (locations.length === 0) return null
  const groups = groupByWhatHappened(locations)
  const listed = groups.flatMap((group) => group.places)
  const markers = placeMarkers(listed)
  const numbers = new Map(markers.map((marker) => [marker.key, marker.number]))
  const names = new Map(listed.map((place) => [place.key, place.name.value]))
  // None on the overview: its notes leave the coordinates' pages to "About this data".
  const coordinateNumbers = sources.numbers(listed.flatMap((place) => place.pointSource ?? []))
  return (
    <section aria-labelledby="locations" className="section locations prose">
      <h2 id="locations">{t('heading')}</h2>
      <PlacesMap
        markers={markers}
        names={names}
        approximate={listed.filter((place) => place.exactness === '2').map((place) => place.key)}
        coordinateRefs={
          coordinateNumbers.length > 0 && (
            <SourceRefs numbers={coordinateNumbers} listedAt={sources.listedAt} />
          )
        }
      />
      {groups.map((group) => (
        <div key={group.key} className="locations__group">
          {group.what && (
            <p className="locations__what">
              <LocalizedText value={group.what} />
              <SourceRefs
                numbers={sources.numbers(group.places[0]?.sources ?? [])}
                listedAt={sources.listedAt}
              />
            </p>
          )}
          <ul className="locations__list">
            {group.places.map((place) => (
              <li key={place.key} data-marker={numbers.get(place.key)}>
                <LocalizedText value={place.name} />
                {!group.what && (
                  <SourceRefs
                    numbers={sources.numbers(place.sources)}
                    listedAt={sources.listedAt}
                  />
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
      {markers.length > 0 && markers.length < listed.length && (
        <p className="locations__not-on-map">{t('notOnMap')}</p>
      )}
    </section>
  )
}
