import { useLocale, useTranslations } from 'next-intl'
import type { SourceEntry, SourceIndex } from '@/lib/content/facts'
import { Link } from '@/lib/i18n/navigation'
import { LocalizedText } from '../LocalizedText'
import { PartialDate } from '../PartialDate'
import { LooseDate } from './LooseDate'

type Props = {
  index: SourceIndex
  /**
   * A public page (cluster, activity) lists its sources as numbered notes, each page named with
   * its publisher, and leads here for the rest: the project's "About this data" page, which
   * gives each with its passage quoted, when it was accessed and the research notes.
   */
  aboutData?: string
}

/** The page's cited pages, numbered as the facts cite them. */
export function SourcesSection({ index, aboutData }: Props) {
  const t = useTranslations('Sources')
  if (index.entries.length === 0) return null
  return (
    <section aria-labelledby="sources" className="section sources prose">
      <h2 id="sources">{t('heading')}</h2>
      <p>{aboutData ? t('notesIntro') : t('intro')}</p>
      <ol className="sources__list">
        {index.entries.map((entry) => (
          <li
            key={entry.source.id}
            id={`source-${entry.number}`}
            value={entry.number}
            className="sources__item"
          >
            {aboutData ? <SourceNote entry={entry} /> : <SourceInFull entry={entry} />}
          </li>
        ))}
      </ol>
      {aboutData && (
        <p className="no-print">
          <Link href={aboutData}>{t('inFull')}</Link>
        </p>
      )}
    </section>
  )
}

/** The language of a source's text, where it differs from the page's. */
function useSourceLang(entry: SourceEntry) {
  const locale = useLocale()
  return entry.source.language === locale ? undefined : entry.source.language
}

function SourceTitle({ entry }: { entry: SourceEntry }) {
  const { source } = entry
  return (
    <>
      <a href={source.url} lang={useSourceLang(entry)} rel="noopener noreferrer">
        {source.title}
      </a>{' '}
      <span className="sources__host">({new URL(source.url).host})</span>
    </>
  )
}

/** A note at the end of a public page: the cited page and who published it. */
function SourceNote({ entry }: { entry: SourceEntry }) {
  return (
    <p className="sources__title">
      <SourceTitle entry={entry} /> · <LocalizedText value={entry.source.publisher} />
    </p>
  )
}

/** A source on "About this data": publisher, dates, what it supports, the passage and notes. */
function SourceInFull({ entry }: { entry: SourceEntry }) {
  const t = useTranslations('Sources')
  const { source, supports } = entry
  const lang = useSourceLang(entry)
  return (
    <>
      <p className="sources__title">
        <SourceTitle entry={entry} />
      </p>
      <dl className="sources__meta">
        <div>
          <dt>{t('publisher')}</dt>
          <dd>
            <LocalizedText value={source.publisher} /> · {t(source.kind)}
          </dd>
        </div>
        {source.published && (
          <div>
            <dt>{t('published')}</dt>
            <dd>
              <LooseDate value={source.published} />
            </dd>
          </div>
        )}
        <div>
          <dt>{t('seen')}</dt>
          <dd>
            <PartialDate value={source.seen} />
          </dd>
        </div>
        <div>
          <dt>{t('supports')}</dt>
          <dd>{supports.join('; ')}</dd>
        </div>
      </dl>
      <blockquote className="sources__quote" cite={source.url} lang={lang}>
        <p>{source.quote}</p>
      </blockquote>
      {source.note && (
        <p className="sources__note">
          {t('note')}: <LocalizedText value={source.note} />
        </p>
      )}
    </>
  )
}
