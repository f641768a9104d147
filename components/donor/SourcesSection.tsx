import './sources.css'
import { useLocale, useTranslations } from 'next-intl'
import type { SourceIndex } from '@/lib/content/facts'
import { LocalizedText } from '../LocalizedText'
import { PartialDate } from '../PartialDate'
import { LooseDate } from './LooseDate'

/** The page's cited pages, numbered as the facts cite them, each with the passage quoted. */
export function SourcesSection({ index }: { index: SourceIndex }) {
  const t = useTranslations('Sources')
  const locale = useLocale()
  if (index.entries.length === 0) return null
  return (
    <section aria-labelledby="sources" className="section sources prose">
      <h2 id="sources">{t('heading')}</h2>
      <p>{t('intro')}</p>
      <ol className="sources__list">
        {index.entries.map(({ number, source, supports }) => {
          const lang = source.language === locale ? undefined : source.language
          return (
            <li key={source.id} id={`source-${number}`} value={number} className="sources__item">
              <p className="sources__title">
                <a href={source.url} lang={lang} rel="noopener noreferrer">
                  {source.title}
                </a>{' '}
                <span className="sources__host">({new URL(source.url).host})</span>
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
            </li>
          )
        })}
      </ol>
    </section>
  )
}
