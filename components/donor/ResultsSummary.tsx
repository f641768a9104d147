import { useTranslations } from 'next-intl'
import type { ReactNode } from 'react'
import type { ClusterRef, Objective, Result } from '@/lib/content/schemas'
import type { SourceIndex } from '@/lib/content/facts'
import { Link } from '@/lib/i18n/navigation'
import { paths } from '@/lib/paths'
import { LocalizedText } from '../LocalizedText'
import { SourceRefs } from './SourceRefs'

type Props = {
  projectSlug: string
  results: Result[]
  objectives: Objective[]
  clusters: ClusterRef[]
  sources: SourceIndex
  /** What leads the section: the project's headline figures. */
  children?: ReactNode
}

/**
 * The project overview's results: named under their specific objective or thematic cluster, each
 * group with one link to the page that shows their descriptions, indicator tables and charts (the
 * objectives page or the cluster page). With all of it inline the Georgian overview was 7,000 px
 * longer on a phone and over its 180 kB budget. This file imports no chart code or chart styles.
 * The section opens with `children`: the headline figures, what the project achieved at a glance.
 */
export function ResultsSummary({
  projectSlug,
  results,
  objectives,
  clusters,
  sources,
  children,
}: Props) {
  const t = useTranslations('Results')
  const tClusters = useTranslations('Clusters')
  const indicators = (list: Result[]) =>
    list.reduce((sum, result) => sum + result.indicators.length, 0)
  const groups = [
    ...objectives.map((objective) => {
      const own = results.filter((result) => result.objective === objective.id)
      return {
        key: objective.id,
        label: t('objective', { number: objective.order }),
        title: objective.title,
        results: own,
        href: `${paths.objectives(projectSlug)}#results-${objective.slug}`,
        more: t('figuresOnObjectives', { count: indicators(own) }),
      }
    }),
    ...clusters.map((cluster) => {
      const own = results.filter((result) => result.cluster === cluster.id)
      const label = tClusters('label', { number: cluster.order })
      return {
        key: cluster.id,
        label,
        title: cluster.title,
        results: own,
        href: `${paths.cluster(projectSlug, cluster.slug)}#results`,
        more: t('figuresOn', { count: indicators(own), page: label }),
      }
    }),
  ].filter((group) => group.results.length > 0)
  if (results.length === 0) return null
  return (
    <section aria-labelledby="results" className="section results">
      <h2 id="results">{t('heading')}</h2>
      {children}
      {groups.map((group) => (
        <section
          key={group.key}
          className="results__group"
          aria-labelledby={`results-${group.key}`}
        >
          <h3 id={`results-${group.key}`}>
            {group.label}: <LocalizedText value={group.title} />
          </h3>
          <ul className="results__list">
            {group.results.map((result) => (
              <li key={result.id}>
                <span className="result__type">{t(`type${result.type}`)}</span>{' '}
                <LocalizedText value={result.title} />
                <SourceRefs numbers={sources.numbers(result.sources)} listedAt={sources.listedAt} />
              </li>
            ))}
          </ul>
          <p className="results__more">
            <Link href={group.href}>{group.more}</Link>
          </p>
        </section>
      ))}
    </section>
  )
}
