import { useTranslations } from 'next-intl'
import type { UpdateListItem } from '@/lib/content/schemas'
import { Link } from '@/lib/i18n/navigation'
import { paths } from '@/lib/paths'
import { LocalizedText } from '../LocalizedText'
import { UpdateDate } from './UpdateDate'

/**
 * Updates as a list of short entries: title (a link to the update), date and summary. `headingLevel`
 * is the level of each title, one below the section holding the list.
 */
export function UpdateList({
  updates,
  headingLevel = 2,
}: {
  updates: UpdateListItem[]
  headingLevel?: 2 | 3
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <ol className="update-list">
      {updates.map((update) => (
        <li key={update.id} className="update-list__item">
          <article>
            <Heading className="update-list__title">
              <Link href={paths.update(update.slug)}>
                <LocalizedText value={update.title} />
              </Link>
            </Heading>
            <p className="update-list__date">
              <UpdateDate value={update.publishedAt} />
            </p>
            <LocalizedText as="p" className="update-list__summary" value={update.summary} />
          </article>
        </li>
      ))}
    </ol>
  )
}

/**
 * The updates that name a page (a project, cluster or activity): a small section with date and
 * title links. Nothing at all when there are none (no empty heading).
 */
export function NamedUpdates({ updates }: { updates: UpdateListItem[] }) {
  const t = useTranslations('Updates')
  if (updates.length === 0) return null
  return (
    <section className="named-updates" aria-labelledby="named-updates">
      <h2 id="named-updates">{t('named')}</h2>
      <ul className="named-updates__list">
        {updates.map((update) => (
          <li key={update.id}>
            <UpdateDate value={update.publishedAt} className="named-updates__date" />{' '}
            <Link href={paths.update(update.slug)}>
              <LocalizedText value={update.title} />
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}

/** The home page's three latest updates, with a link to all; nothing when there are none. */
export function LatestUpdates({ updates }: { updates: UpdateListItem[] }) {
  const t = useTranslations('Updates')
  if (updates.length === 0) return null
  return (
    <section className="home-updates" aria-labelledby="latest-updates">
      <h2 id="latest-updates">{t('latest')}</h2>
      <UpdateList updates={updates} headingLevel={3} />
      <p>
        <Link href={paths.updates()}>{t('all')}</Link>
      </p>
    </section>
  )
}
