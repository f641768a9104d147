import { useTranslations } from 'next-intl'
import type { Location } from '@/lib/content/schemas'
import type { SourceIndex } from '@/lib/content/facts'
import { LocalizedText } from '../LocalizedText'
import { SourceRefs } from './SourceRefs'

/**
 * Where the project or the activity works, each place with what happens there and its sources;
 * nothing where no place is recorded.
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
  return (
    <section aria-labelledby="locations" className="section locations prose">
      <h2 id="locations">{t('heading')}</h2>
      <ul className="locations__list">
        {locations.map((location) => (
          <li key={location.key}>
            <LocalizedText value={location.name} />
            {location.description && (
              <>
                {': '}
                <LocalizedText value={location.description} />
              </>
            )}
            {location.point && (
              <span className="locations__point">
                {' '}
                ({t('coordinates')} {location.point.lat}, {location.point.lng})
              </span>
            )}
            <SourceRefs numbers={sources.numbers(location.sources)} listedAt={sources.listedAt} />
          </li>
        ))}
      </ul>
    </section>
  )
}
