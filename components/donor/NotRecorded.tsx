import { useTranslations } from 'next-intl'

/** Said where a donor looks for a fact the portal does not have: never left silently empty. */
export function NotRecorded() {
  const t = useTranslations('ProjectFacts')
  return <span className="not-recorded">{t('notRecorded')}</span>
}
