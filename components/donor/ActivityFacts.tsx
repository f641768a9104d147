import { useTranslations } from 'next-intl'
import type { Activity } from '@/lib/content/schemas'
import type { SourceIndex } from '@/lib/content/facts'
import { activityPeriod, activityStatus, hasOwnDates } from '@/lib/content/facts'
import { citationOf, type Fact } from '@/lib/content/schemas/sources'
import { Link } from '@/lib/i18n/navigation'
import { paths } from '@/lib/paths'
import { LocalizedText } from '../LocalizedText'
import { Period } from '../Period'
import { FactRow } from './FactRow'

/**
 * An activity's project, cluster, status and dates. Where the activity has no status or dates of
 * its own the project's are shown, with the project's sources, and one line under them says so
 * (the same values the list and the CSV show: lib/content/facts.ts).
 */
export function ActivityFacts({ activity, sources }: { activity: Activity; sources: SourceIndex }) {
  const t = useTranslations('Activity')
  const tStatus = useTranslations('Status')
  const { project, cluster } = activity
  const status = activityStatus(activity)
  const cited = (citations: typeof activity.citations, ...facts: Fact[]) =>
    sources.numbers(facts.flatMap((fact) => citationOf(citations, fact)?.sources ?? []))
  const statusSources = status.inherited
    ? cited(project.citations, 'status')
    : cited(activity.citations, 'status')
  const datesInherited = !hasOwnDates(activity)
  const inherited =
    status.inherited && datesInherited
      ? 'inheritedBoth'
      : status.inherited
        ? 'inheritedStatus'
        : datesInherited
          ? 'inheritedDates'
          : null
  const periodSources = !datesInherited
    ? cited(activity.citations, 'dates')
    : cited(project.citations, 'actualStart', 'actualEnd', 'startDate', 'plannedEnd')

  return (
    <section className="facts" aria-labelledby="activity-facts">
      <h2 id="activity-facts">{t('facts')}</h2>
      <dl className="summary-list">
        <FactRow label={t('project')}>
          <Link href={paths.project(project.slug)}>
            <LocalizedText value={project.title} />
          </Link>
        </FactRow>
        <FactRow label={t('cluster')}>
          <Link href={paths.cluster(project.slug, cluster.slug)}>
            <LocalizedText value={cluster.title} />
          </Link>
        </FactRow>
        <FactRow label={t('status')} sources={statusSources}>
          {tStatus(status.status)}
        </FactRow>
        <FactRow label={t('period')} sources={periodSources}>
          <Period period={activityPeriod(activity)} />
        </FactRow>
      </dl>
      {inherited && <p className="facts__note">{t(inherited)}</p>}
    </section>
  )
}
