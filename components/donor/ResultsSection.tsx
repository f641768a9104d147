import { useTranslations } from 'next-intl'
import type { Objective, Result } from '@/lib/content/schemas'
import type { SourceIndex } from '@/lib/content/facts'
import { LocalizedText } from '../LocalizedText'
import { IndicatorFigures } from './IndicatorFigures'
import { SourceRefs } from './SourceRefs'

function ResultItem({
  result,
  sources,
  level,
}: {
  result: Result
  sources: SourceIndex
  level: 3 | 4
}) {
  const t = useTranslations('Results')
  const Heading = `h${level}` as const
  return (
    <article className="result">
      <p className="result__type">{t(`type${result.type}`)}</p>
      <Heading className="result__title">
        <LocalizedText value={result.title} />
        <SourceRefs numbers={sources.numbers(result.sources)} listedAt={sources.listedAt} />
      </Heading>
      <LocalizedText as="p" value={result.description} />
      {result.indicators.map((indicator) => (
        <IndicatorFigures
          key={indicator.key}
          indicator={indicator}
          sources={sources}
          level={level === 3 ? 4 : 5}
        />
      ))}
    </article>
  )
}

/**
 * Results with their indicators, in full: a cluster's on its page, an activity's on its page, and
 * with `objectives` (the objectives page) grouped under the specific objective they serve. A page
 * with none leaves the section out. The project overview names them only (ResultsSummary).
 */
export function ResultsSection({
  results,
  sources,
  objectives,
}: {
  results: Result[]
  sources: SourceIndex
  objectives?: Objective[]
}) {
  const t = useTranslations('Results')
  const groups = (objectives ?? [])
    .map((objective) => ({
      objective,
      results: results.filter((result) => result.objective === objective.id),
    }))
    .filter((group) => group.results.length > 0)
  if (results.length === 0) return null
  return (
    <section aria-labelledby="results" className="section results">
      <h2 id="results">{t('heading')}</h2>
      {objectives
        ? groups.map(({ objective, results: own }) => (
            <section
              key={objective.id}
              id={`results-${objective.slug}`}
              className="results__group"
              aria-labelledby={`results-heading-${objective.slug}`}
            >
              <h3 id={`results-heading-${objective.slug}`}>
                {t('objective', { number: objective.order })}:{' '}
                <LocalizedText value={objective.title} />
              </h3>
              {own.map((result) => (
                <ResultItem key={result.id} result={result} sources={sources} level={4} />
              ))}
            </section>
          ))
        : results.map((result) => (
            <ResultItem key={result.id} result={result} sources={sources} level={3} />
          ))}
    </section>
  )
}
