/** Where: recipient country, locations (name, description, coordinates) and sectors. */
import type { Location } from '@/lib/content/schemas'
import type { IatiContext } from './context'
import { narratives } from './narratives'
import { comment, el, type XmlNode } from './xml'

/** WGS 84, the reference system IATI asks coordinates in. */
const WGS84 = 'http://www.opengis.net/def/crs/EPSG/0/4326'

export function recipientCountry(context: IatiContext): XmlNode {
  const country = context.project.country
  return country
    ? el('recipient-country', { code: country, percentage: 100 }, { requires: ['code'] })
    : comment('No recipient country is recorded.')
}

/** Locations, with their names in every language (found by key in each language version). */
export function locations(versions: Location[][]): XmlNode[] {
  const [primary = []] = versions
  return primary.map((location) => {
    const all = versions.map((list) => list.find((item) => item.key === location.key) ?? location)
    return el(
      'location',
      {},
      el('name', {}, ...narratives(all.map((item) => item.name))),
      el('description', {}, ...narratives(all.map((item) => item.description))),
      location.point
        ? el(
            'point',
            { srsName: WGS84 },
            el('pos', {}, `${location.point.lat} ${location.point.lng}`),
          )
        : null,
    )
  })
}

export function sectors(context: IatiContext): XmlNode[] {
  return context.project.sectorCodes.map((code) =>
    el('sector', { vocabulary: '1', code }, { requires: ['code'] }),
  )
}
