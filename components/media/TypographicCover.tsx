import type { Localized } from '@/lib/content/schemas'
import { LocalizedText } from '../LocalizedText'

/**
 * What stands in a photo's place where a layout keeps one for every item (cards, lists of
 * updates): the item's code or short name set large on the brand's tint, and its title — text and
 * a background colour, a few hundred bytes. Hidden from screen readers: it repeats what the item's
 * own heading says. Pages whose header stands on its own (a project's, cluster's or activity's)
 * show nothing in place of a missing photo.
 */
export function TypographicCover({
  code,
  title,
  aspect = 3 / 2,
}: {
  /** A short mark: a cluster or activity number ("4.3"), an acronym. */
  code?: string
  title: Localized<string>
  aspect?: number
}) {
  return (
    <div className="media-cover" aria-hidden="true" style={{ aspectRatio: String(aspect) }}>
      {code && <span className="media-cover__code">{code}</span>}
      <LocalizedText className="media-cover__title" value={title} />
    </div>
  )
}
