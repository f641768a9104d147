import { useTranslations } from 'next-intl'
import type { ClusterRef, Objective, Result } from '@/lib/content/schemas'
import type { SourceIndex } from '@/lib/content/source-index'
import { Link } from '@/lib/i18n/navigation'
import { paths } from '@/lib/paths'
import { LocalizedText } from '../LocalizedText'
import { IndicatorFigures } from './IndicatorFigures'
import { SourceRefs } from './SourceRefs'

type Groups = { projectSlug: string; objectives: Objective[]; clusters: ClusterRef[] }

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
 * Results with their indicators. With `groups` (the project overview) they are grouped under the
 * specific objective or thematic cluster they belong to; a page with none says so. On the overview
 * a cluster's results are named only, with a link to the cluster page for their descriptions,
 * indicator tables and charts (inline they made the Georgian overview 7,000 px longer on a phone
 * and 2 kB heavier than its budget allows); an objective's results have no other page, so they
 * keep theirs.
 */
export function ResultsSection({
  results,
  sources,
  groups,
}: {
  results: Result[]
  sources: SourceIndex
  groups?: Groups
}) {
  const t = useTranslations('Results')
  const tClusters = useTranslations('Clusters')
  const headed = groups
    ? [
        ...groups.objectives.map((objective) => ({
          key: objective.id,
          label: t('objective', { number: objective.order }),
          title: objective.title,
          results: results.filter((result) => result.objective === objective.id),
          figures: undefined,
        })),
        ...groups.clusters.map((cluster) => ({
          key: cluster.id,
          label: tClusters('label', { number: cluster.order }),
          title: cluster.title,
          results: results.filter((result) => result.cluster === cluster.id),
          figures: {
            href: `${paths.cluster(groups.projectSlug, cluster.slug)}#results`,
            label: tClusters('label', { number: cluster.order }),
          },
        })),
      ].filter((group) => group.results.length > 0)
    : []
  return (
    <section aria-labelledby="results" className="section results">
      <h2 id="results">{t('heading')}</h2>
      {results.length === 0 && <p>{t('none')}</p>}
      {groups
        ? headed.map((group) => (
            <section
              key={group.key}
              className="results__group"
              aria-labelledby={`results-${group.key}`}
            >
              <h3 id={`results-${group.key}`}>
                {group.label}: <LocalizedText value={group.title} />
              </h3>
              {group.figures ? (
                <>
                  <ul className="results__list">
                    {group.results.map((result) => (
                      <li key={result.id}>
                        <span className="result__type">{t(`type${result.type}`)}</span>{' '}
                        <LocalizedText value={result.title} />
                        <SourceRefs
                          numbers={sources.numbers(result.sources)}
                          listedAt={sources.listedAt}
                        />
                      </li>
                    ))}
                  </ul>
                  <p className="results__more">
                    <Link href={group.figures.href}>
                      {t('figuresOn', {
                        count: group.results.reduce(
                          (sum, result) => sum + result.indicators.length,
                          0,
                        ),
                        page: group.figures.label,
                      })}
                    </Link>
                  </p>
                </>
              ) : (
                group.results.map((result) => (
                  <ResultItem key={result.id} result={result} sources={sources} level={4} />
                ))
              )}
            </section>
          ))
        : results.map((result) => (
            <ResultItem key={result.id} result={result} sources={sources} level={3} />
          ))}
    </section>
  )
}
