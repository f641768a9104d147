import { useTranslations } from 'next-intl'
import type { Activity } from '@/lib/content/schemas'
import { activityCitedGroups } from '@/lib/content/facts'
import { buildSourceIndex } from '@/lib/content/facts'
import { ActivityFacts } from '../donor/ActivityFacts'
import { DocumentsSection } from '../donor/DocumentsSection'
import { LocationsSection } from '../donor/LocationsSection'
import { OrganizationRoles } from '../donor/OrganizationRoles'
import { ResultsSection } from '../donor/ResultsSection'
import { SourcesSection } from '../donor/SourcesSection'
import { useCitedLabels } from '../donor/useCitedLabels'
import { RichText } from '../RichText'

/**
 * What a donor looks for on an activity: status and dates (own or the project's, marked),
 * description, organisations with their roles, results, documents, places and sources.
 */
export function ActivityDetails({ activity }: { activity: Activity }) {
  const t = useTranslations('Activity')
  const sources = buildSourceIndex(activityCitedGroups(activity, useCitedLabels()))
  return (
    <>
      <ActivityFacts activity={activity} sources={sources} />
      <section aria-labelledby="description" className="section prose">
        <h2 id="description">{t('description')}</h2>
        {activity.description ? (
          <RichText value={activity.description} />
        ) : (
          <p>{t('noDescription')}</p>
        )}
      </section>
      <section aria-labelledby="organizations" className="section prose">
        <h2 id="organizations">{t('organizations')}</h2>
        <OrganizationRoles
          entries={activity.organizationRoles}
          sources={sources}
          emptyText={t('noOrganizations')}
        />
      </section>
      <ResultsSection results={activity.results} sources={sources} />
      <DocumentsSection documents={activity.documents} />
      <LocationsSection locations={activity.locations} sources={sources} />
      <SourcesSection index={sources} />
    </>
  )
}
