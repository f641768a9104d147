import { useTranslations } from 'next-intl'
import type { Activity } from '@/lib/content/schemas'
import { activityCitedGroups } from '@/lib/content/facts'
import { buildSourceIndex } from '@/lib/content/facts'
import { paths } from '@/lib/paths'
import { ActivityFacts } from '../donor/ActivityFacts'
import { DocumentsSection } from '../donor/DocumentsSection'
import { LocationsSection } from '../donor/LocationsSection'
import { OrganizationRoles } from '../donor/OrganizationRoles'
import { ResultsSection } from '../donor/ResultsSection'
import { SourcesSection } from '../donor/SourcesSection'
import { useCitedLabels } from '../donor/useCitedLabels'
import { RichText } from '../RichText'
import { Gallery } from '../media/Gallery'

/**
 * What a donor looks for on an activity: status and dates (own or the project's, marked),
 * description and photos, organisations with their roles, results, documents, places and sources. A section
 * with nothing of the activity's own under it is left out, not announced as empty.
 */
export function ActivityDetails({ activity }: { activity: Activity }) {
  const t = useTranslations('Activity')
  const sources = buildSourceIndex(activityCitedGroups(activity, useCitedLabels()))
  return (
    <>
      <ActivityFacts activity={activity} sources={sources} />
      {activity.description && (
        <section aria-labelledby="description" className="section prose">
          <h2 id="description">{t('description')}</h2>
          <RichText value={activity.description} />
        </section>
      )}
      <Gallery images={activity.gallery} />
      {activity.organizationRoles.length > 0 && (
        <section aria-labelledby="organizations" className="section prose">
          <h2 id="organizations">{t('organizations')}</h2>
          <OrganizationRoles entries={activity.organizationRoles} sources={sources} />
        </section>
      )}
      <ResultsSection results={activity.results} sources={sources} />
      <DocumentsSection documents={activity.documents} />
      <LocationsSection locations={activity.locations} sources={sources} />
      <SourcesSection index={sources} aboutData={paths.aboutData(activity.project.slug)} />
    </>
  )
}
