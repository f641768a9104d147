/**
 * The Atom feed of the updates, one per language (app/[locale]/updates/feed.xml). Every URL in it is
 * absolute, made from the configured site address (lib/site.ts), so it is the same whoever asks.
 */
import { Feed } from 'feed'
import type { UpdateListItem } from '@/lib/content/schemas'
import type { Locale } from '@/lib/i18n/routing'
import { paths } from '@/lib/paths'
import { absoluteUrl } from '@/lib/site'
import { FEED_ENTRIES } from './updates'

export const ATOM_TYPE = 'application/atom+xml'

/** The feed document for `updates` (newest first), in one language. */
export function atomFeed({
  locale,
  title,
  author,
  updates,
}: {
  locale: Locale
  title: string
  author: string
  updates: UpdateListItem[]
}): string {
  const entries = updates.slice(0, FEED_ENTRIES)
  const newest = entries.map((u) => Date.parse(u.updatedAt)).reduce((a, b) => Math.max(a, b), 0)
  const feed = new Feed({
    id: absoluteUrl(paths.updatesFeed(), locale),
    title,
    language: locale,
    link: absoluteUrl(paths.updates(), locale),
    feedLinks: { atom: absoluteUrl(paths.updatesFeed(), locale) },
    // A fixed date when there are no entries: the feed's bytes then do not change on every request.
    updated: new Date(newest),
    author: { name: author },
    copyright: author,
    generator: false,
  })
  for (const update of entries) {
    const link = absoluteUrl(paths.update(update.slug), locale)
    feed.addItem({
      id: link,
      link,
      title: update.title.value,
      description: update.summary?.value,
      date: new Date(update.updatedAt),
      published: new Date(update.publishedAt),
    })
  }
  return feed.atom1()
}
